### The night-before brief (templates/brief.hbs). Which of these is said, and in what order, is decided
### in src/core/render/rules/brief.ts; sentences of one paragraph are joined by a space. The opening line,
### the ask, the walk-away line and the cards are the script's and the cards' own (not repeated here).
### Variables every message has: $tone (formal, warm, concise), $relationship, $communication… (shared.ftl).

## The note to you at the top, by where the ask stands (after a no, the prep doc's premise is said instead)

brief-note-the-conversation = They agreed to this one conversation after a no: bring the decision, ask for nothing more, and send the summary within a day.
# After a referral: the meeting is the one conversation you asked for, not a new ask.
brief-note-referral = They pointed you to someone else, and this is the one conversation you asked them for: bring the one decision where their own view still matters, ask for nothing more, and send the summary within a day.
brief-note-referral-later = They passed this question to someone else: this is for later, once you have met that person and thanked them, and only if one question is still open. Bring that question alone, ask for nothing more, and send the summary within a day.
# They passed the question on and asked you to write to them afterwards (is.writeFirst after a referral).
brief-note-referral-written = They passed this question to someone else and asked you to write afterwards: this note is for once you have met that person and thanked them, and only if one question is still open. Send that question alone, in writing, and ask for no meeting.
brief-note-referral-hospitality = They pointed you to someone else and asked you to their home: this is their hospitality, not a meeting you asked for. Talk to the one they named first, bring one question for when they turn to business, and ask for nothing more.
brief-note-in-writing = Read it tonight and again before you send the message.
brief-note = Read it tonight and again before you go in.
brief-note-no-reply = After their silence this meeting is your one more ask: small, and easy to decline.
# $quoted: their words the first time, as a quoted sentence, Markdown-safe.
brief-note-expect = Expect the worry behind what they said last time: “{ $quoted }”

## The bridge, the objections and the walk-away

# $bridge: what you want their view on.
brief-bridge = { $tone ->
        [formal] Specifically, I would value your view on { $bridge }.
        [warm] What { warm-love } your take on, specifically, is { $bridge }.
       *[concise] Specifically, I want your view on { $bridge }.
    }
brief-objections-rule = Acknowledge, answer once, stop.
# $ifNo: what to say when the answer is no (the prep doc's advice).
brief-if-no = If it is a no: “{ $ifNo }”

## After the ask: a written one is sent and waited on; a spoken one has its pause

# $reminder: how long before following up (culture-weeks, the figure every document gives).
brief-after-send = Wait. After { $reminder } with no answer, { $followUp ->
        [in-person] do not send a formal reminder: ask once in person; if that brings no answer either, take it as a no.
        [write] send one two-line reminder in writing, the way they asked to be reached, and nothing in person; if that goes unanswered too, take it as a no.
        [call] call once, as they asked; if that brings no answer either, take it as a no.
        [none] send no reminder: they asked not to be chased. Go ahead as you said, and tell them in one line what you decided.
       *[other] send one short reminder; if that goes unanswered too, take it as a no.
    }
brief-after-send-no-reply = Send it once. If it goes unanswered too, take the silence as a no and send no reminder.
# A yes with limits offered in writing: the first note holds the decision itself; nothing goes with it.
# $asked: yes when they asked for a short note in writing first: it goes alone.
brief-attach = { $asked ->
        [yes] Nothing to attach: they asked for something short, so the note itself holds the decision, your options and your recommendation.
       *[other] { $firstResponse ->
            [yes-with-limits] Nothing to attach: the note itself holds the decision, your options and your recommendation.
           *[other] { $documents ->
                [none] Nothing to attach: they asked for no documents, so the message itself holds the context, your pick, and why.
               *[other] Attach: the one-pager, with your first decision named in it.
            }
        }
    }
brief-pause = Stop talking and count to five; do not shrink the ask. If they hesitate, ask once: “What would make this work for you?”
brief-pause-declined = Do not add a second exit or argue the first no. If it is still no, thank them: it is final.
brief-pause-indirect = Stop talking; do not press for a yes. “That might be difficult” often means no.
brief-pause-hierarchical = Stop talking. A deferred answer is not a refusal; do not press.
# $closed (yes, no): the door was closed, so the meeting is about one decision only.
# An informal offer (a coffee, a fika): nothing on the table.
# $bring: what they asked you to bring ("the diagram"), or none.
brief-bring-informal = { $bring ->
        [hospitality] Bring: a small gift for the house and nothing on paper; your one question, by heart, for when they turn to business.
        [none] Bring: nothing on paper; your one question, by heart.
       *[other] Bring: { $bring }, as they asked, and nothing else on paper; your one question, by heart.
    }
brief-bring = { $documents ->
        [none] Bring: nothing on paper, as they asked; { $closed ->
            [yes] the one decision you are asking about
           *[no] your first decision
        }, in three lines you know by heart: the context, your pick, and why.
       *[other] Bring: the one-pager and { $closed ->
            [yes] the one decision you are asking about
           *[no] your first decision
        }.
    }
