### The async update (templates/async-update.hbs). Which of these is said, and in what order, is decided
### in src/core/render/rules/async-update.ts; sentences of one paragraph are joined by a space.
### Variables every message has: $tone (formal, warm, concise), $communication, $hierarchy… (shared.ftl).
### $today: the date it is drafted; $unit: "session" or "note"; $summary: the agreed rhythm in a few words;
### $challengeTopic: the challenge mid-sentence. The greeting is shared.ftl's greeting-named.

## The note to you at the top

async-update-drafted = Drafted on { $today }.
async-update-single = { $firstResponse ->
        [yes-with-limits] Use it only within what they offered; anything more regular is theirs to propose.
       *[other] Use it only if they offered more than the single { $unit } you asked for.
    }
# After a not now, nothing is agreed yet: the rhythm is the one you will propose.
async-update-agreed = { $firstResponse ->
        [not-now] Rhythm, once they agree to it: { $summary }.
       *[other] Agreed rhythm: { $summary }.
    }
async-update-when-async = This note is the exchange itself, so give it the same care as a meeting: one question, a clear deadline, nothing to decode.
async-update-when-mixed = Use it for anything that should not wait for the next conversation, and keep bigger discussions for the call.
# $channel: write when their words asked you to write to them ("email me"): then writing is their way in.
async-update-when-live = { $channel ->
        [write] They asked you to write to them, so a note like this is welcome between conversations: one question at a time, and keep bigger discussions for when you meet.
       *[other] You normally talk live, so use this only when a decision cannot wait for the next conversation.
    }
async-update-good = A good async update can be answered in two minutes on a phone. Replace the parts in parentheses, and cut anything the reader does not need in order to answer.

## The message

# The date is when you decide, not a deadline on them.
async-update-subject = { $tone ->
        [formal] One question on *(the decision, in a few words)*, which I decide on *(date)*
        [warm] Quick question on *(the decision, in a few words)*; I decide on *(date)*
       *[concise] Question on *(the decision, in a few words)*; deciding *(date)*
    }
async-update-opening = { $tone ->
        [formal] A brief update on { $challengeTopic }, and one question on which I would value your view.
        [warm] Hope your week is going well. A quick update on { $challengeTopic }, and one question { warm-love } your take on.
       *[concise] Update on { $challengeTopic }, plus one question.
    }
async-update-context = **Context:** *(one or two sentences, enough for someone who has not thought about this since we last wrote or talked)*
async-update-changed = **What changed since last time:** *(what I did with your last input, and what I learned; this is where follow-through becomes visible)*
async-update-question = **The question:** *(one question, answerable with a choice or a short sentence)*
async-update-options = **Options:** *(A and B, each with its main trade-off)*. My recommendation is *(option)*, because *(one reason)*.
async-update-by-when = **When I decide:** *(date)*.
# In an indirect culture: an easy way to talk first instead of answering in writing.
async-update-by-when-indirect = { $tone ->
        [formal] If it would help to discuss it first, I would be glad to find a moment that suits you.
        [warm] If you’d rather talk it through first, I’m happy to find a moment that suits you.
       *[concise] Happy to talk it through first if you prefer.
    }
# Written only, in an indirect culture: the easy way out is a one-line answer, not a talk.
async-update-by-when-one-line = { $tone ->
        [formal] Should a one-line answer be easier, “A” or “B” is entirely sufficient.
        [warm] If a one-line answer is easier, “A” or “B” is plenty.
       *[concise] A one-line answer, “A” or “B”, is plenty.
    }
# In a hierarchical organization: nothing is decided without their view.
async-update-by-when-hierarchical = { $tone ->
        [formal] I would prefer to have your view before I commit; if the date does not suit you, please let me know what would.
        [warm] I’d really like your view before I commit, so if the date doesn’t work, just tell me what would.
       *[concise] I’d like your view before I commit; tell me if the date doesn’t work.
    }
# Elsewhere: what you will do, and a word welcome if they see a problem. Their silence is not consent,
# and they get no deadline.
async-update-by-when-default = { $tone ->
        [formal] My plan is to go with my recommendation on that date. If you see a problem with it, I would be grateful for a word, whenever it suits you.
        [warm] My plan is to go with my recommendation then. If you see a problem with it, a word from you would be very welcome, whenever suits you.
       *[concise] I plan to go with my recommendation then; if you see a problem with it, a word is welcome.
    }
async-update-next = **What I will do with your answer:** *(the next step it unlocks, and when I will report back)*
# Said in the formal and warm tones only; $closed (yes, no): after a closed door there is no "as always".
async-update-thanks = { $tone ->
        [formal] Thank you{ $closed ->
            [yes] {""}
           *[no] , as always,
        } for your time.
       *[other] Thanks so much{ $closed ->
            [yes] {""}
           *[no] , as always
        }.
    }
async-update-signoff = { $tone ->
        [formal] Kind regards,
        [warm] Best,
       *[concise] Thanks,
    }

## A chat they chose (WhatsApp, Slack, a Teams chat): one short message, no subject, no labels.
## $topic: the challenge in a few words ("the first carve-out").

async-update-chat-note = They chose a chat, so this is a chat message: no subject line, no headings. Three lines: the context, your pick, and why.
async-update-chat = { $tone ->
        [formal] Hello { $name }, a question on { $topic }. *(One line of context; what you did with their last answer, if there was one.)* *(A)* or *(B)*? I would choose *(B)*, because *(one reason)*. I decide by *(date)*.
        [warm] { $register ->
            [neutral] Hello { $name }, a question on { $topic }. *(One line of context; what you did with their last answer, if there was one.)* *(A)* or *(B)*? I’d go with *(B)*, because *(one reason)*. I decide by *(date)*; I understand if it’s a busy week.
           *[other] Hi { $name }, quick one on { $topic }. *(One line of context; what you did with their last answer, if there was one.)* *(A)* or *(B)*? I’d go with *(B)*, because *(one reason)*. Deciding by *(date)*; no worries if it’s a busy week.
        }
       *[concise] { $register ->
            [neutral] Hello { $name }, a question on { $topic }. *(One line of context.)* *(A)* or *(B)*? I’d go with *(B)*, because *(one reason)*. I decide by *(date)*.
           *[other] Hi { $name }, quick one on { $topic }. *(One line of context.)* *(A)* or *(B)*? I’d go with *(B)*, because *(one reason)*. Deciding by *(date)*.
        }
    }
