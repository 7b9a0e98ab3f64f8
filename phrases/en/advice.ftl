### Advice that more than one section states, worded once (src/core/render/rules/advice.ts).
### Variables every message has: $tone (formal, warm, concise), $relationship, $hierarchy… (shared.ftl).

# The graceful exit, offered once (indirect cultures, and after a no): in the ask and in the advice.
advice-exit = { $tone ->
        [formal] If the timing is not right, I will understand completely.
        [warm] And if the timing isn’t right, I completely understand.
       *[concise] { $disagreement ->
            [avoided] If the timing is wrong, I understand.
           *[other] { $communication ->
                [indirect] If the timing is wrong, I understand.
               *[other] If the timing is wrong, say so; that’s fine.
            }
        }
    }

## If the answer is no: the walk-away (the brief and the script); with a referral, stay-in-touch (shared.ftl) between the two.
advice-if-no-understood = { $tone ->
        [formal] I understand.
        [warm] Completely understood.
       *[concise] Understood.
    }
advice-if-no-anyone-else = { $tone ->
        [formal] Is there anyone else you would suggest I speak with?
        [warm] Anyone else you’d suggest I talk to?
       *[concise] Anyone else I should talk to?
    }
advice-if-no-someone = { $tone ->
        [formal] Is there someone you would suggest I speak with?
        [warm] Is there someone you’d suggest I talk to?
       *[concise] Anyone you’d suggest I talk to?
    }

## Your manager first (the prep doc's checklist and the brief). The rule picks one by the profile:
## whether your manager already knows, a leader at another company, a former manager.
advice-manager-knows = Your manager knows: tell them how it goes, so they never hear about it second-hand.
advice-manager-knows-outside = Your manager knows: keep to what you agreed may be shared outside the { shared-my-org }, and tell them how it goes.
advice-manager-former = Tell your current manager before you ask. You need no introduction to someone who already knows you; what you need is for your manager never to hear about it second-hand.
advice-manager-outside = Tell your manager before you ask, and agree with them what you may share outside the { shared-my-org }, so nobody hears about it second-hand.
# A hierarchical organization, or a skip-level leader: the manager is talked to first; the meeting says only that they know.
advice-manager-talk = Talk to your manager before you ask{ $hierarchy ->
        [hierarchical] , and ask whether they would mention the idea to the leader first
       *[other] {""}
    }. In the meeting, say that your manager knows, before the ask itself (that they back it only if they said so).
advice-manager-tell = Tell your manager before you ask, so nobody hears about it second-hand.

## The premise: what their first answer means, and what the second ask has to be.
advice-premise-declined = That door is closed unless they open it: ask once more only if something has genuinely changed, make it much smaller, and make it effortless to decline again. Otherwise, choose someone else.
advice-premise-no-reply = Silence from a senior leader is usually overload, sometimes a polite no. Ask once more, in person or in three lines, much smaller; if that goes unanswered too, take it as a no and choose someone else.
# A referral is a next step, not a lukewarm answer. $referral: their words, Markdown-safe.
# $offered: yes when they also offered something, $offer: what, as typed ("the odd question by email", "to
# introduce you"), Markdown-safe: in brackets, since "their offer" + a noun phrase needs an "of" an infinitive refuses.
# $met: him, her or them when they asked you to see that person first and come back after; no otherwise.
# $pronoun: him, her or them, the person named (referral.ts pronounOf).
# $door: first when their words sent you to that person first and back to them after.
# $referee: him or her for the person named, else their name: “them” is the leader in these lines.
# $month: the month they are busy until ("till March"), or none. $minutes: the length of the one later ask.
advice-premise-referral = They pointed you to { $referral }: a next step, not a no. { $met ->
        [no] { $named ->
            [yes] Write to { $referee } before you meet (the first message is in the meeting request)
           *[other] Ask them who that is, in one line (the message is in the meeting request), and write to that person, saying who sent you
        }{ $offered ->
            [yes] , and take up what they offered (“{ $offer }”)
           *[other] {""}
        }; then{ $named ->
            [yes] {""}
           *[other] , if one question is still open,
        } bring them the one decision where their own view still matters, { $written ->
            [yes] in one short note, as they asked,
           *[other] in one short conversation,
        } and ask for nothing more.
       *[other] { $door ->
            [first] They asked you to see { $referee } first
           *[other] The question is { $met ->
                [him] his
                [her] hers
               *[other] with { $referral }
            } now
        }: { $door ->
            [call] give them two or three working days to tell { $referee }, then phone { $referee } before you ask them for anything (what to say is in the meeting request)
           *[other] contact { $referee } before you ask them for anything (the first message is in the meeting request)
        }{ $offered ->
            [yes] , take up what they offered (“{ $offer }”)
           *[other] {""}
        }, and once you have met { $referee }, send them two lines of thanks. Ask them for nothing { $month ->
            [none] more for now
           *[other] before { $month }
        }; then, if one question is still open, { $written ->
            [yes] write it to them, as they asked: one short note, no meeting request.
           *[other] ask for { $minutes } minutes on that question alone.
        }
    }
advice-premise-yes-with-limits = They said yes, to something specific: there is no door to reopen and nothing to ask again. Keep to the form they chose and to what they ruled out.
# $unit: one session's name ("conversation"); $rhythm: the rhythm chosen ("every two weeks"); $silence: when silence is a no (culture.ftl).
# $silenceSentence: when silence is a no, as a sentence of its own ("If three weeks pass with no reply, …").
# $offered: yes when they offered something beside the doubt (the ask is that offer, said after this).
advice-premise-doubts-fit = { $offered ->
        [yes] They doubt the fit, not you, and still offered something: take them up on exactly that, on the part of their experience you need.
       *[other] They doubt the fit, not you: ask for one { $unit } first, on the part of their experience you need; a second is theirs to offer. Keep the rhythm you chose ({ $rhythm }) for later, if they offer more.
    }{ $communication ->
        [indirect] {" "}In an indirect culture modesty can also be a polite no: ask once and make declining easy. { $silenceSentence }.
       *[other] {""}
    }
# $heard: "words" when $words (their own short non-answer, Markdown-safe) is quoted, else "none".
advice-premise-indirect = In an indirect culture { $heard ->
        [words] “{ $words }”
       *[other] a lukewarm answer
    } can be a polite no as easily as a “not like this”. Treat it as a door left ajar: ask once more, smaller, and make it easy to decline. If they defer again, send the summary and offer dates once; { $silence }.
# $when: the condition they tied coming back to, in their words to you ("once you’ve run the pilot").
advice-premise-not-now-condition = They tied coming back to a condition, not a date: { $when }. Send the request once that is true, not before, with an ask small enough to agree to in one conversation.{ $remind ->
        [yes] {" "}{ advice-remind }
       *[other] {""}
    }{ $weekly ->
        [yes] {" "}Weekly is the heaviest rhythm to bring to someone who deferred: consider every two weeks to start.
       *[other] {""}
    }
# They asked to be reminded ("remind me", "ping me"): the request is that reminder.
advice-remind = They asked you to remind them: the meeting request is that reminder, short and sent then, not a fresh pitch.
# $remind: yes when they asked to be reminded.
# $until: " until after the launch", " to January", or nothing; $weekly: yes when the rhythm is weekly.
advice-premise-not-now = They put it off{ $until }: an answer about timing, not a no. Come back when they said, with an ask small enough to agree to in one conversation.{ $remind ->
        [yes] {" "}{ advice-remind }
       *[other] {""}
    }{ $weekly ->
        [yes] {" "}Weekly is the heaviest rhythm to bring to someone who deferred: consider every two weeks to start.
       *[other] {""}
    }
advice-premise-no-time = They said time was the problem, not the idea: the second ask has to cost less time than the first one sounded like, and say exactly how much.
# Their words are in a script this tool cannot read, and no answer is confirmed.
advice-premise-unread = Their answer is not read here, so nothing below assumes it was a yes, a no or a limit.
advice-premise-lukewarm = A lukewarm first answer usually means the ask felt big, vague or open-ended, not that the door is closed.
# After the premise when time was the worry or they felt unready, and the rhythm is heavy. $weekly: yes or no;
# $minutes: a session's length; $fallback: the lighter version ("every two weeks, 30 minutes").
advice-heavy = { $weekly ->
        [yes] Weekly
       *[other] { $minutes } minutes
    } is a lot to bring to someone who hesitated: if it still sounds heavy, offer the lighter version ({ $fallback }) and grow it only if it earns it.

## In the room, and rehearsing: a written ask, or a meeting.
advice-in-the-room = { $documents ->
        [none] In the meeting, keep only your three lines in front of you: the context, your pick, and why.
       *[other] In the meeting, keep only your one-page summary in front of you.
    }
advice-in-the-room-written = The ask is a written message, so read the script once, out loud, before you send it: if it does not sound like you, change the words, not the ask.
# They offered something informal (a coffee, a fika): no papers on the table.
# $bring: what they asked you to bring ("the diagram"), or none.
advice-in-the-room-informal = Keep it as informal as their offer: { $bring ->
        [none] no papers on the table
       *[other] bring { $bring }, as they asked, and no other papers
    }. Know your one question by heart, and let the rest be conversation.
# They offered to look at a document: the ask is the document, sent with the message.
advice-in-the-room-review = The ask is the document itself: before you send it, read the message once, out loud, and make sure the one question you want their comments on is plain in the document too.
advice-rehearse = Read the script and the objection cards beforehand, out loud, until you no longer need them.
advice-rehearse-written = The objection cards are your replies if they write back with a question.
# $later: they had named a month and this is it; the month proposed if it is still not the time, or "none".
# $said: yes when the pause already proposes $later (the month is only put in the calendar here).
# $comeBackOn (a fact): condition when they tied coming back to something happening and named no month.
advice-not-now-date = { $later ->
        [none] { $comeBackOn ->
            [condition] ask what they are waiting for now, then come back when it is done, and not before; no month to agree.
           *[other] agree on a month, then put a reminder in your own calendar, not theirs, and send a short note when it comes.
        }
       *[other] { $said ->
            [yes] put { $later } in your own calendar, not theirs, and send a short note then.
           *[other] propose { $later } rather than ask for a month again, then put a reminder in your own calendar, not theirs, and send a short note when it comes.
        }
    }

## After a no or no reply: whether to ask again, one line each.
advice-reopen-changed = **Ask again only if something has changed**: a new decision where their experience is specific, a smaller arrangement, or a better time for them. If nothing has, a second ask is the same ask.
advice-reopen-one = **Make it one conversation, not an arrangement.** Ask for a single conversation on one decision; a second one is theirs to offer.
advice-reopen-someone-else = **Choose someone else when the answer repeats.** Two people worth asking instead: someone who worked closely with them on the same kind of problem, or a peer of theirs in another part of the organization. A good mentor for this problem is better than the most senior one.
advice-reopen-keep = **Keep the relationship either way.** A short note when the work reaches a milestone, with no ask attached, keeps the door from closing completely.

## If they need time: the script's line and the brief's rule, from one decision.
# The meeting is the whole ask: no dates left to offer.
advice-need-time-end-early = If they end early or defer, thank them and send the summary; ask for nothing more.
# Put off once with a come-back named: the later month proposed ($later), or one agreed ($later: none).
advice-need-time-not-now = { $later ->
        [none] { $comeBackOn ->
            [condition] If they put it off again, leave knowing what they are waiting for now, and come back when it is done, not before.
           *[other] If they put it off again, agree on a month before you leave, and make it theirs.
        }
       *[other] If they put it off again, propose { $later } rather than ask for a month a second time, and let them move it.
    }
advice-need-time-wait = If they need time, send the summary today and wait; do not chase.
# $silence: when silence is a no (culture.ftl).
advice-need-time-offer-dates = If they need time, send the summary and offer dates once; { $silence }.
advice-need-time-written = If they need time, send the summary today, written the way the notes would be, and let it speak.
advice-need-time-nothing = If they need time, nothing needs deciding: come back with the first real decision.
# $reminder: when one short reminder goes (culture-weeks: "a week", "two weeks" where time is flexible), as
# everywhere else; $weeks: the same as a number.
advice-need-time-check-back = If they need time, send the summary today and check back once, { $weeks ->
        [1] next week
       *[other] after { $reminder }
    }.
