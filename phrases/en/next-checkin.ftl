### The next check-in's agenda (templates/next-checkin.hbs). Which of these is said, and in what order, is
### decided in src/core/render/rules/next-checkin.ts; sentences of one paragraph are joined by a space.
### Variables every message has: $tone (formal, warm, concise), $communication, $hierarchy… (shared.ftl).
### $unit: "session" or "note"; $minutes: a length in minutes; $cadenceLabel: how often ("every two weeks");
### $today: the date it is prepared.

## The note to you at the top

# $standing: yes when what they offered stands for more than one slot ("15 minutes on a Friday sometimes").
next-checkin-single = { $standing ->
        [yes] They offered this more than once: use it for the next slot you ask for, within what they offered.
       *[other] { $firstResponse ->
            [yes-with-limits] Use this for the next { $unit }, within what they offered.
           *[other] You asked for a single { $unit }; use this only if they offered another.
        }
    }
# $live (yes, no): they talk; $single (yes, no): one session only, so no cadence is named;
# $informal (yes, no): what they offered is informal (a coffee, a walk), so no length is set.
next-checkin-length = { $informal ->
        [yes] Informal: no set length
       *[no] { $live ->
            [yes] { $minutes } minutes
           *[no] In writing
        }
    }{ $single ->
        [yes] {""}
       *[no] , { $cadenceLabel }
    }.
next-checkin-prepared = Prepared on { $today }.
next-checkin-prepared-from-log = Prepared on { $today } from your session log.
next-checkin-nothing-logged = Nothing logged yet: list by hand what you promised last time.

## The topic and the open actions

next-checkin-decision-live = Come with one decision inside this topic, your options, and your recommendation. Send it as a pre-read a day ahead.
next-checkin-decision-informal = Know one decision inside this topic well enough to say it in two sentences, with your options and what you would do. They offered something informal, so there is no pre-read to send and no agenda to time.
next-checkin-decision-written = Write one decision inside this topic, your options and your recommendation, so they can answer in a few lines.
# $live (yes, no): they talk, so actions are closed before the session rather than before you write.
next-checkin-open-start = Start here: a leader who sees their advice turned into action keeps giving it. Close what you can { $live ->
        [yes] before the session
       *[no] before you write
    }, and say plainly what is still open and why.
# $count: how many older open actions the agenda does not list (a number, printed without grouping: 1200, not 1,200).
next-checkin-open-more = …and { $count ->
        [one] one older open action
       *[other] { NUMBER($count, useGrouping: 0) } older open actions
    } in the session log: close or drop them there.
next-checkin-nothing-open = Nothing is open. Say so in one line at the start; it shows the last { $unit } led somewhere.
next-checkin-no-log = No session log yet, so nothing is carried forward. List by hand what you promised last time, and whether it is done.

## The agenda when you talk

next-checkin-proposal = *Offer this as a proposal and follow their lead if they want to start elsewhere.*
next-checkin-agenda-follow-up = **Follow-up on actions** ({ $minutes } minutes). What you did with their last advice, and what happened.
next-checkin-agenda-decision = **The decision** ({ $minutes } minutes). Context in two sentences, the options, your recommendation, then their critique.
next-checkin-agenda-decision-indirect = Ask for their concerns directly (“What would worry you about option A?”); critique may not be volunteered.
# $closed (yes, no): after a closed door it is not yet mentoring.
next-checkin-agenda-theirs = **Anything they want to raise** ({ $minutes } minutes). Leave room: { $closed ->
        [yes] this works both ways
       *[no] mentoring works both ways
    }.
next-checkin-agenda-next-steps = **Next steps** ({ $minutes } minutes). Actions with owners, and the topic for next time.
next-checkin-agenda-ask-theirs = At this length, ask at the end whether there is anything they want to raise next time.

## When what they offered is informal (a coffee, a walk): what to have ready, untimed

next-checkin-informal-heading = What to have ready
next-checkin-informal-did = **What you did with their last advice**, in a sentence or two, and what happened.
next-checkin-informal-decision = **The decision**, in two sentences: the options and what you would do. Then ask, and listen.
next-checkin-informal-next = **Before you part:** the one thing you will do next, and whether they would like to hear how it goes.

## The note when you write

next-checkin-note-did = **What you did with their last answer**, in two lines, and what happened.
next-checkin-note-decision = **The decision:** context in two sentences, the options, your recommendation.
next-checkin-note-question = **The question**, answerable in a line or two, and by when{ $communication ->
        [indirect] { $written ->
            [true] , phrased so that a one-line answer (“A” or “B”) is an easy answer too
           *[other] , phrased so that “let’s talk about it” is an easy answer too
        }
       *[other] {""}
    }.
next-checkin-note-next = **What you will do next**, whatever the answer.

## Afterwards

# $written: true for a written rhythm: the next exchange is a note, not an agenda.
next-checkin-after-log = Log it within a day as a dated entry in `mentorship/log.md`, open actions as unticked boxes (in the editor, **Mentorship Prep: Log a Check-in** writes it for you). Open actions carry into the next { $written ->
        [true] note
       *[other] agenda
    } on their own.
next-checkin-after-summary = Send a three-line summary: what you decided, what you will do, what you will bring next time.

# After an open action carried from the log. $date: the session it came from, as the log writes it.
next-checkin-open-from = from { $date }
