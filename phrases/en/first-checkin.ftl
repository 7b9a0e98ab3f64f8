### The first check-in's agenda (templates/first-checkin.hbs). Which of these is said, and in what order, is
### decided in src/core/render/rules/first-checkin.ts; sentences of one paragraph are joined by a space.
### Variables every message has: $tone (formal, warm, concise), $format (meetings, async, mixed)… (shared.ftl).
### $live (yes, no): you talk (the format is not async); $single (yes, no): this one session is all you asked for;
### $unit: "session" or "note"; $minutes: the session's length; $challenge: the challenge as the document names it.

## The note to you at the top

first-checkin-length = { $live ->
        [yes] { $minutes } minutes.
       *[no] In writing, answerable in a few lines.
    }
first-checkin-topic = Topic: { $challenge }.
# $today: the date it is prepared; $you: your name.
first-checkin-prepared = Prepared on { $today } by { $you }.
first-checkin-job-what = one decision, well prepared, { $live ->
        [yes] finished on time
       *[no] answerable in a few lines
    }, followed by a written summary.
first-checkin-job = The first { $unit } sets the pattern for every one after it. Your job is to prove that their time is well spent: { first-checkin-job-what }
# A yes with limits: the session is what they offered, not the whole of what you asked for.
first-checkin-job-single = { $firstResponse ->
        [yes-with-limits] This { $unit } is what they offered, so keep to its shape. Your job is to make it worth their time: { first-checkin-job-what }
       *[other] This { $unit } is the whole of what you asked for. Your job is to make it worth their time: { first-checkin-job-what }
    }
# An informal offer (a coffee, a fika): no pre-read and no agenda; the time is theirs.
first-checkin-job-informal = They offered something informal, so there is no pre-read to send and no agenda to time: know your one decision well enough to say it in two sentences, ask, and listen. Afterwards, a short written summary is still what makes it worth their time.
first-checkin-async = *You agreed on written notes, so this first exchange happens in writing: the note below is the message itself. There is no meeting to time and nothing to send ahead; the structure below is the order of your note.*
first-checkin-mixed = *You agreed on conversations with written questions in between. Make this first one a conversation: it sets the tone, and the written questions read better once you have talked.*
first-checkin-hierarchical = *In a hierarchical organization, let them set the pace: offer the agenda as a proposal and follow their lead if they want to start elsewhere.*
first-checkin-hierarchical-written = *In a hierarchical organization, let them set the pace: offer your question as a proposal and follow their lead if they answer a different one.*

## The goal

# $expertise: where their experience meets the challenge.
first-checkin-goal = { $live ->
        [yes] Leave with their critique
       *[no] Get their critique
    } of one decision you face on the challenge ({ $challenge }), drawing on their view of { $expertise }.
first-checkin-goal-serves = Everything { $live ->
        [yes] on the agenda
       *[no] in the note
    } serves that goal.
# $goal: your goal for the year, as a verb phrase.
first-checkin-goal-year = It is a step toward your goal for the year: to { $goal }.

## The pre-read (the note itself when you write)

first-checkin-keep-page = Keep it to one page.
first-checkin-keep-lines = Keep it under ten lines.
# $length: the length they asked for, in their words ("two pages", "five lines").
first-checkin-keep-theirs = Keep it to { $length }, as they asked.
first-checkin-decision-on-top = Put the decision at the top; many senior leaders read only the first three lines.
# What the first meeting is called in the subject lines.
first-checkin-meeting = { $single ->
        [yes] conversation
       *[no] check-in
    }
first-checkin-pre-read-subject = { $documents ->
        [none] Before our { first-checkin-meeting } on *(date)*: one decision
       *[other] Pre-read for our { first-checkin-meeting } on *(date)*
    }
first-checkin-pre-read-subject-written = One decision, your view by *(date)*
# They answer when they can: no date on them.
first-checkin-pre-read-subject-no-rush = One decision, for when you have a moment
first-checkin-pre-read-decision = **The decision:** *(one sentence: what has to be decided, and by when)*
# $challengeIs: the challenge as a clause ("that our teams …").
first-checkin-pre-read-context = **Context:** our current challenge is { $challengeIs }. *(Three lines: constraints, what is at stake, the deadline.)*
first-checkin-pre-read-options = **Options:** *(two or three, each with its main trade-off)*
first-checkin-pre-read-recommendation = **My recommendation:** *(which option, and the one reason that matters most)*
# $bridge: what you want their view on.
first-checkin-pre-read-ask = **What I would like from you:** your critique of my options in light of { $bridge }, where you would be cautious, and what you would check first.
# $success: what success looks like, as typed: it completes "success means …" (a clause, a noun or a verb phrase),
# so it only ever follows "mean:" or "means".
first-checkin-pre-read-heading = **Where this is heading:** after three months, success would mean: { $success }.

## Questions worth asking (said in quotes)

first-checkin-ask-wrong = Where have you seen an approach like this go wrong?
first-checkin-ask-first = What would you look at first, before deciding?
first-checkin-ask-worried = What am I not worried about that I should be?
# $initiative: their own work, as you would say it to them.
first-checkin-ask-initiative = Looking back on { $initiative }, what would you do differently if you started today?
first-checkin-ask-decide = If you were in my position, what would you decide, and by when?
first-checkin-one-question = One question per note, so it can be answered in a few lines:

## Afterwards

first-checkin-summary-note = Send a short summary and add a row to your decision log.
first-checkin-summary-subject = Summary of our { first-checkin-meeting } on *(date)*
first-checkin-summary-subject-written = Summary of your answer on *(the decision)*
# $written: true for a written rhythm: the exchange was written, not discussed.
first-checkin-summary-discussed = { $written ->
        [true] **What I asked:** *(the decision, in one line)*
       *[other] **What we discussed:** *(the decision, in one line)*
    }
first-checkin-summary-input = **Your input:** *(two or three points, in your words where possible)*
first-checkin-summary-decided = **What I decided:** *(the decision and the main reason)*
first-checkin-summary-next-steps = **Next steps:** *(what I will do, and by when)*
# A short session has no time for them in the meeting, so the summary carries them.
first-checkin-summary-thanks = { $firstResponse ->
        [yes-with-limits] **Thank you:** for this { $unit }. I will keep to what you offered.
       *[other] **Thank you:** for this { $unit }. I will not ask for more.
    }
# $success: what you said success looks like after three months (empty: not named).
first-checkin-summary-rules = **Ground rules, as I understood them:** *(how to reach you between sessions, how either of us cancels)*{ $hasSuccess ->
        [yes] , and what we said success looks like after three months: { $success }
       *[no] {""}
    }.
first-checkin-summary-second = { $firstResponse ->
        [yes-with-limits] **Next time:** as you offered, and only when a decision needs it; thank you for this one.
       *[other] **A second { $unit }:** only if you offer one; thank you for this one.
    }
first-checkin-summary-next = **Next { $unit }:** { $recurring ->
        [yes] *(date)*, topic *(one line)*.
       *[no] when the next decision needs your view; I will keep it to one question.
    }
first-checkin-summary-pre-read = { $documents ->
        [none] The question to follow, in a few lines.
       *[other] Pre-read to follow.
    }

## The agenda table's columns (templates/first-checkin.hbs)

first-checkin-agenda-minutes = Minutes
first-checkin-agenda-item = Item
first-checkin-agenda-want = What you want from it

## The agenda's timed blocks (agendaBlocks in src/core/render/agenda.ts): each block's item and what you want from it.

first-checkin-block-open = Thanks, and the goal for today
first-checkin-block-open-want = Set the frame: one decision, finished on time
first-checkin-block-brief = The decision in brief
first-checkin-block-brief-want = { $documents ->
        [none] Assume they read your note; recap in three sentences, no slides
       *[other] Assume they read the pre-read; recap in three sentences, no slides
    }
first-checkin-block-critique = Their critique of your options
first-checkin-block-critique-want = Ask, then listen; note the reasons, not only the verdict
first-checkin-block-rules = Ground rules for the trial
# $success: yes when the profile names what success looks like.
first-checkin-block-rules-want = How to reach them between sessions, how either of you cancels, and { $success ->
        [yes] the success you named for three months
       *[no] what success looks like after three months
    }
first-checkin-block-wrap = Read-back and next step
# $next: single (one conversation, no trial), rules (the ground rules were agreed in the session), note (they go in the follow-up note).
first-checkin-block-wrap-want = Read back what you will do; { $next ->
        [single] a second conversation is theirs to offer
        [rules] fix the next topic and date
       *[note] ground rules and the next date go in your follow-up note
    }
