### The thank-you note (templates/thank-you.hbs). Which of these is said, and in what order, is decided
### in src/core/render/rules/thank-you.ts; sentences of one paragraph are joined by a space.
### Variables every message has: $tone (formal, warm, concise), $relationship, $hierarchy… (shared.ftl).
### $rhythm: the agreed rhythm; $challengeTopic: the challenge mid-sentence; $bridge: where their experience meets it;
### $value / $clause (yes when $value is a sentence of its own): what you bring; $success: what success looks like;
### $unit: "session" or "note"; $single (yes, no): one session only; $minutes: its length; $comeBack: when you will write.

## The note to you above the messages

thank-you-note = Send it within 24 hours, ideally the same day. Replace the parts in parentheses, read it once out loud, and change anything that does not sound like you.
thank-you-note-indirect = In an indirect culture, this note is where the yes becomes firm: confirm what you understood and ask to be corrected, so nobody has to say no in the room.

## After a referral: the leader pointed you to someone and you spoke to them (rules/thank-you.ts referralNoteOf).
## $referTo: the person named, Markdown-safe, or none when they named nobody; $pronoun: him, her or them.
thank-you-pointer-note = Send it within a day of speaking to { $referTo ->
        [none] the person they pointed you to
       *[other] { $referTo }
    }: it thanks { $name } for the pointer and says what came of it. Replace the parts in parentheses, read it once out loud, and change anything that does not sound like you.
thank-you-pointer-subject = { $referTo ->
        [none] { $tone ->
            [formal] Thank you for pointing me in the right direction
           *[other] Thanks for the pointer
        }
       *[other] { $tone ->
            [formal] Thank you for suggesting { $referTo }
           *[other] Thanks for pointing me to { $referTo }
        }
    }
thank-you-pointer-thanks = { $referTo ->
        [none] { $tone ->
            [formal] Thank you for pointing me to *(their name)*; I have now spoken with { $pronoun }.
           *[other] Thanks for pointing me to *(their name)*; I’ve now talked to { $pronoun }.
        }
       *[other] { $tone ->
            [formal] Thank you for suggesting { $referTo }; I have now spoken with { $pronoun }.
           *[other] Thanks for pointing me to { $referTo }; I’ve now talked to { $pronoun }.
        }
    }
# Where trust is personal, warmth before business, after a referral too: no conversation with them to recall.
thank-you-pointer-personal = I hope all is well with you. *(One line on something personal: a plan you mentioned, your team, someone we both know.)*
thank-you-pointer-took = **What I took from it:** *({ $pronoun ->
        [him] his
        [her] her
       *[other] their
    } advice, in one line)*
thank-you-pointer-decided = **What I decided:** *(the decision, and what that conversation changed)*
thank-you-pointer-open = **Still open:** *(the one question still open for { $name }, if any: say you will send it separately; if none, delete this line)*
# What kept them from taking it on themselves, said beside the referral ($busy: "the budget round";
# $busyKind: budget, reorganisation, audit, merger or other): wished well in one line.
thank-you-pointer-busy = { $tone ->
        [formal] I wish you all the best with { $busy }.
        [warm] Good luck with { $busy }!
       *[concise] Good luck with { $busy }.
    }
thank-you-pointer-close = { $tone ->
        [formal] There is no need to reply.
       *[other] No need to reply.
    }
thank-you-pointer-next = **What I will do next:** *(the first step, and by when)*
thank-you-pointer-chat = { $referTo ->
        [none] { $tone ->
            [formal] Thank you for the pointer, { $name }; I have now spoken with *(their name)*, and it helped: *(what you took from it, in one line)*.
           *[other] Thanks for the pointer, { $name }; I’ve talked to *(their name)* and it helped: *(what you took from it, in one line)*.
        }
       *[other] { $tone ->
            [formal] Thank you for suggesting { $referTo }, { $name }; I have now spoken with { $pronoun }, and it helped: *(what you took from it, in one line)*.
           *[other] Thanks for pointing me to { $referTo }, { $name }; I’ve talked to { $pronoun } and it helped: *(what you took from it, in one line)*.
        }
    }

## Pieces several notes share

thank-you-signoff = { $tone ->
        [formal] Kind regards,
       *[other] Thanks again,
    }
thank-you-correct-me = To confirm what I understood, and please correct me where I misread you:
thank-you-value = { $value }{ $clause ->
        [yes] {""}
       *[no] .
    }
thank-you-bring = **What I will bring:** { thank-you-value }
thank-you-from-my-side = **From my side:** { thank-you-value }
thank-you-topic-in-particular = **First topic:** { $challengeTopic }, in particular { $bridge }.

## After a written no: the single conversation, thanked, with nothing more asked

thank-you-conversation-subject = { $tone ->
        [formal] Thank you for the conversation today
        [warm] Thank you for today
       *[concise] Thanks for today
    }
thank-you-conversation-thanks = { $tone ->
        [formal] Thank you for the conversation today; it was exactly what I had asked for.
        [warm] Thank you so much for today; it was exactly what I’d hoped for.
       *[concise] Thanks for today; it was exactly what I asked for.
    }
# After an invitation to their home or a family meal: their hospitality, not their time.
# $family: yes when their words named the household ("with us at the house").
thank-you-hospitality-thanks = { $tone ->
        [formal] Thank you very much for having me{ $family ->
            [yes] , and please thank your family for their warm welcome
           *[other] {""}
        }. I am grateful for your hospitality and for such a generous meal.
        [warm] Thank you so much for having me{ $family ->
            [yes] , and please thank the family for making me so welcome
           *[other] {""}
        }. It was a lovely evening, and a wonderful meal.
       *[concise] Thank you for having me{ $family ->
            [yes] , and thank the family for me
           *[other] {""}
        }, and for the meal and your hospitality.
    }
# Where trust is personal (the trust scale): their time thanked personally, then thank-you-personal.
thank-you-conversation-thanks-personal = { $tone ->
        [formal] Thank you very much for your time today, and for the kindness with which you received me.
        [warm] Thank you so much for your time today, and for being so generous with it.
       *[concise] Thank you for your time today; it meant a lot.
    }
# After the thanks, where trust is personal: something personal from the conversation, before anything agreed.
thank-you-personal = { $tone ->
        [formal] It was a real pleasure to talk with you. *(One line on something personal from our conversation: a story you told, your team, a plan you mentioned.)*
        [warm] I really enjoyed our conversation. *(One line on something personal you shared: a story, your team, a plan you mentioned.)*
       *[concise] I enjoyed our conversation. *(One line on something personal you mentioned.)*
    }
thank-you-conversation-took = **What I took from it:** *(your advice, in one line)*
thank-you-conversation-decided = **What I decided:** *(the decision, and the part your input changed)*
thank-you-conversation-next = **What I will do next:** *(the first step, and by when)*
thank-you-conversation-no-more = { $tone ->
        [formal] I will not ask for more. If we reach a milestone you might find interesting, I will send you two lines, with nothing to answer.
        [warm] I won’t ask for more. If we reach a milestone you might enjoy hearing about, I’ll send two lines, nothing to answer.
       *[concise] I won’t ask for more. Two lines at a milestone, nothing to answer.
    }

## The ask was written: their yes answered by message

thank-you-written-subject = { $tone ->
        [formal] Thank you for your reply
       *[other] Thanks for your reply
    }
# $offered: yes when this takes up what they offered (a yes with limits): their answer is thanked, not a yes.
# $asked: yes when they asked for something small in writing first ("then we'll see"): nothing more is agreed yet.
thank-you-written-thanks = { $asked ->
        [yes] { $tone ->
            [formal] Thank you for your reply to my note, and for the time it took.
            [warm] Thank you so much for your reply to my note; it helps a lot.
           *[concise] Thanks for your reply to my note.
        }
       *[other] { thank-you-written-thanks-given }
    }
thank-you-written-thanks-given = { $offered ->
        [yes] { $tone ->
            [formal] Thank you for your answer, and for the time it took.
            [warm] Thank you so much for your answer; it helps a lot.
           *[concise] Thanks for the answer.
        }
       *[no] { $tone ->
            [formal] Thank you for your reply, and for agreeing to try this.
            [warm] Thank you so much for your reply, and for being up for trying this.
           *[concise] Thanks for the yes.
        }
    }
thank-you-written-confirm = To confirm:
thank-you-written-rhythm = { $asked ->
        [yes] **What comes next:** *(what you said you would do next, in your own words; if nothing, delete this line)*
       *[other] { thank-you-written-rhythm-given }
    }
thank-you-written-rhythm-given = { $single ->
        [yes] **What we agreed:** { $rhythm }.
       *[no] **Rhythm:** { $rhythm }, for three months.
    }
# The first note was the question itself, and they answered it: what you do with the answer.
thank-you-answered-intro = { $tone ->
        [formal] Here is what I will do with it:
        [warm] Here’s what I’ll do with it:
       *[concise] What I’ll do with it:
    }
thank-you-answered-decided = **What I decided:** *(the decision, and the part of your answer that settled it)*
thank-you-answered-first = **What I will do first:** *(the first step I take on your answer, and by when)*
thank-you-answered-next = { $tone ->
        [formal] **Next:** if notes like this suit you, I will send the next one only when a real decision comes.
        [warm] **Next:** if notes like this work for you, I’ll send the next one only when a real decision comes.
       *[concise] **Next:** if this format suits you, the next note comes only with a real decision.
    }
thank-you-written-first-note = **First note:** I will send it by *(date)*.
# $success completes "success means …" (a clause, a noun or a verb phrase): never after "whether".
thank-you-written-review = **After three months:** we look at how close we are to what success would mean: { $success }.

## After the meeting

thank-you-meeting-subject = { $tone ->
        [formal] Thank you for your time today
        [warm] Thank you for today
       *[concise] Thanks, and next steps
    }
# $name: how you address them, else their name.
thank-you-dear = Dear { $name },
thank-you-meeting-thanks = { $tone ->
        [formal] Thank you for meeting with me today and for your openness to my proposal. I appreciate the time, particularly given everything on your agenda at the moment.
        [warm] Thank you again for today. I know how full your calendar is, and it means a lot that you’re making room for this.
       *[concise] Thanks for today.
    }
# After a yes with limits: the meeting was the first of what they offered.
thank-you-meeting-thanks-agreed = { $tone ->
        [formal] Thank you for today, and for saying yes to this in the form you offered. I appreciate the time, particularly given everything on your agenda at the moment.
        [warm] Thank you again for today, and for saying yes. I know how full your calendar is, and it means a lot that you’re making room for this.
       *[concise] Thanks for today, and for saying yes.
    }
thank-you-meeting-confirm = { $tone ->
        [formal] To confirm what we agreed:
        [warm] Here’s what I took away, so we’re on the same page:
       *[concise] Confirming what we agreed:
    }
thank-you-meeting-confirm-indirect = { $tone ->
        [formal] { thank-you-correct-me }
        [warm] Here’s what I understood, so we’re on the same page; tell me if I got anything wrong:
       *[concise] What I understood (correct me if not):
    }
thank-you-meeting-rhythm = { $tone ->
        [formal] **Rhythm:** { $rhythm }, for an initial period of three months.
        [warm] **Rhythm:** { $rhythm }. We’ll try it for three months and then see how it’s going.
       *[concise] **Rhythm:** { $rhythm }. Review after three months.
    }
thank-you-meeting-single = { $tone ->
        [concise] **What we agreed:** a single conversation of { $minutes } minutes.
       *[other] **What we agreed:** a single conversation of { $minutes } minutes, on one decision.
    }
thank-you-meeting-single-async = { $tone ->
        [concise] **What we agreed:** a single written question.
       *[other] **What we agreed:** a single written question, on one decision.
    }
thank-you-meeting-topic = { $tone ->
        [warm] **First topic:** { $challengeTopic }, starting with { $bridge }.
        [concise] **First topic:** { $challengeTopic }.
       *[formal] { thank-you-topic-in-particular }
    }
thank-you-session-label = { $single ->
        [yes] The
       *[no] First
    } { $unit }
thank-you-meeting-live = { $documents ->
        [none] { $tone ->
            [formal] **{ thank-you-session-label }:** *(date and time)*. I will send the question in a few lines by *(date)*.
            [warm] **{ thank-you-session-label }:** *(date and time)*. I’ll send the question in a few lines by *(date)* so we can make the most of it.
           *[concise] **{ thank-you-session-label }:** *(date and time)*. The question in three lines by *(date)*.
        }
       *[other] { $tone ->
            [formal] **{ thank-you-session-label }:** *(date and time)*. I will send a one-page pre-read by *(date)*.
            [warm] **{ thank-you-session-label }:** *(date and time)*. I’ll send a short pre-read by *(date)* so we can make the most of it.
           *[concise] **{ thank-you-session-label }:** *(date and time)*. Pre-read by *(date)*.
        }
    }
# An informal offer (a coffee, a fika): no pre-read, and the time is theirs.
thank-you-meeting-informal = { $tone ->
        [formal] **{ thank-you-session-label }:** whenever it suits you *(or the date we named)*; there is nothing for you to read beforehand.
        [warm] **{ thank-you-session-label }:** whenever it suits you *(or the date we named)*, with nothing to read beforehand.
       *[concise] **{ thank-you-session-label }:** when it suits you *(or the date we named)*. Nothing to read beforehand.
    }
thank-you-meeting-written = { $tone ->
        [formal] **{ thank-you-session-label }:** I will send the first note by *(date)*.
        [warm] **{ thank-you-session-label }:** I’ll send the first note by *(date)*.
       *[concise] **{ thank-you-session-label }:** by *(date)*.
    }
thank-you-meeting-bring = { $tone ->
        [formal] { thank-you-bring }
        [warm] { thank-you-from-my-side }
       *[concise] **From me:** { thank-you-value }
    }
thank-you-meeting-review = { $tone ->
        [formal] **After three months:** we review the trial and decide whether to continue. Success would mean: { $success }.
        [warm] **After three months:** we’ll look at how it went. Success would mean: { $success }.
       *[concise] **Success at three months:** { $success }.
    }
thank-you-meeting-close = { $tone ->
        [formal] If any of this differs from your understanding, or you would prefer a different arrangement, please let me know and I will adjust accordingly.
        [warm] I’m really looking forward to it. If anything here doesn’t feel right, just tell me and I’ll adjust.
       *[concise] Tell me if anything should change.
    }
thank-you-meeting-signoff = { $tone ->
        [concise] Best,
       *[other] { thank-you-signoff }
    }

## If they are still considering it

thank-you-considering-note-written = Use this instead when their reply did not decide yet. It presumes nothing.
thank-you-considering-note = Use this instead when they did not decide in the room. It keeps the promise from the script (the short summary, today) and presumes nothing.
thank-you-considering-subject-written = { $tone ->
        [formal] Summary of my proposal
       *[other] A short summary of what I proposed
    }
thank-you-considering-subject = { $tone ->
        [formal] Summary of my proposal, as promised
       *[other] The short summary I promised
    }
thank-you-considering-summary-written = { $tone ->
        [formal] Thank you for your reply. Here is a short summary of what I proposed, for you to consider at your convenience.
       *[other] Thanks for your reply. Here’s a short summary of what I proposed, for whenever you have a moment.
    }
thank-you-considering-summary = { $tone ->
        [formal] Thank you for hearing me out today. As promised, here is the short summary of my proposal, for you to consider at your convenience.
       *[other] Thanks for hearing me out today. As promised, here’s the short summary, for whenever you have a moment.
    }
thank-you-considering-proposal = **The proposal:** { $rhythm }{ $single ->
        [yes] {""}
       *[no] , for three months
    }.
thank-you-considering-topic = **The topic:** { $challengeTopic }, in particular { $bridge }.
thank-you-considering-lead = { $tone ->
        [formal] I will follow your lead.
       *[other] No need to reply quickly; I’ll follow your lead.
    }

## If the answer was "not now"

thank-you-not-now-note = Use this instead. Keep it short, warm and free of pressure; the aim is { $comeBackOn ->
        [condition] to know what they are waiting for now
       *[other] a month to come back
    }, not a second pitch.
thank-you-not-now-subject = { $month ->
        [none] { $comeBackOn ->
            [condition] Thank you, and I’ll come back { shared-month-in }
           *[other] Thank you, and a note for { shared-month }
        }
       *[other] Thank you, and a note for { shared-month }
    }
thank-you-not-now-subject-closed = Thank you; I will write { $comeBack }
thank-you-not-now-thanks-written = { $tone ->
        [formal] Thank you for your reply.
        [warm] Thanks so much for getting back to me.
       *[concise] Thanks for the reply.
    }
thank-you-not-now-thanks = { $tone ->
        [formal] Thank you for hearing me out today.
        [warm] Thanks so much for hearing me out today.
       *[concise] Thanks for hearing me out today.
    }
thank-you-not-now-timing = { $tone ->
        [formal] I understand that the timing is difficult, and I appreciate you telling me so plainly.
        [warm] I completely understand the timing is tricky, and I appreciate you being straight with me.
       *[concise] Understood on the timing.
    }
thank-you-not-now-timing-indirect = { $tone ->
        [formal] I understand that the timing is difficult.
        [warm] I completely understand the timing is tricky.
       *[concise] { thank-you-not-now-timing }
    }
thank-you-not-now-write-back = { $tone ->
        [concise] I’ll write { $comeBack }; the reminder is in my own calendar. Until then I won’t raise it. If we reach a milestone you might find interesting, you’ll get two lines, nothing to answer.
       *[other] I have put a reminder in my own calendar to write to you { $comeBack }; until then I will not raise it. In the meantime I will keep working on { $challengeTopic }, and if we reach a milestone you might find interesting, I will send you two lines, with nothing to answer.
    }
thank-you-not-now-come-back = { $tone ->
        [concise] I’ll get back in touch { shared-month-in }; the reminder is in my calendar, not yours. Meanwhile I’ll keep working on it and send two lines if a decision comes up you’d find interesting.
       *[other] As we discussed, I will get back in touch { shared-month-in } to see whether the timing works better then; the reminder is in my own calendar, not yours. In the meantime I will keep working on { $challengeTopic }, and I will send you a two-line update if we reach a decision you might find interesting.
    }

## A chat they chose (WhatsApp, Slack, a Teams chat): a short chat message. $name: how they are addressed;
## $topic: the challenge in a few words.

thank-you-chat-note = They chose a chat, so the thanks is a chat message too: no subject line, no list.
# A yes with limits thanks them for the offer; after a no or no reply ($closed: yes) the one conversation
# is thanked and nothing more is asked; after any other answer, the meeting that agreed a first question.
thank-you-chat = { $firstResponse ->
        [yes-with-limits] { $tone ->
            [formal] Thank you, { $name }; that suits me well. When I am stuck on { $topic }, I will send you one question here, in three lines.
            [warm] Thanks so much, { $name }, that works for me. When I’m stuck on { $topic }, I’ll send you one question here, three lines at most.
           *[concise] Thanks, { $name }, that works. When I’m stuck on { $topic }, I’ll send one question here, in three lines.
        }
       *[other] { $closed ->
            [yes] { $tone ->
                [formal] Thank you for your time today, { $name }. *(What you took from it, in one line.)* I am going with *(your pick)*, and I will not ask for more.
                [warm] Thanks so much for the time today, { $name }. *(What you took from it, in one line.)* I’m going with *(your pick)*, and I won’t ask for more.
               *[concise] Thanks for the time today, { $name }. *(What you took from it, in one line.)* Going with *(your pick)*; I won’t ask for more.
            }
           *[other] { $tone ->
                [formal] Thank you for your time today, { $name }. As agreed, I will send my first question on { $topic } here, in three lines.
                [warm] Thanks so much for today, { $name }. As we agreed, I’ll send my first question on { $topic } here, three lines at most.
               *[concise] Thanks for today, { $name }. My first question on { $topic } comes here, in three lines.
            }
        }
    }
# Still considering it, in the chat they chose: no summary to send, no date on them.
thank-you-chat-considering = { $tone ->
        [formal] Thank you for hearing me out today, { $name }. Please take the time you need; a line here is enough whenever you have thought it over.
        [warm] Thanks so much for hearing me out today, { $name }. No rush at all; a line here whenever you’ve thought it over is plenty.
       *[concise] Thanks for hearing me out, { $name }. No rush; a line here when you’ve thought it over.
    }
# A not now, in the chat they chose: when you will write again; the reminder is yours.
thank-you-chat-not-now = { $tone ->
        [formal] Thank you for your time today, { $name }, and for being clear about the timing. I will write again { shared-month-in }; until then, nothing is needed from you.
        [warm] Thanks so much for today, { $name }, and for being straight about the timing. I’ll get back in touch { shared-month-in }; nothing needed from you till then.
       *[concise] Thanks for today, { $name }. I’ll write again { shared-month-in }; nothing needed from you till then.
    }
