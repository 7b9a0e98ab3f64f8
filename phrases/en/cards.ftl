### The objection cards of the prep doc and their short answers in the night-before brief. Which
### card is shown, and in what order, is decided in src/core/render/rules/objections.ts; sentences of
### one answer are joined by a space.
### Variables every message has: $tone (formal, warm, concise), $relationship, $communication… (shared.ftl).
### Every card's messages are also given: $expertise, $expertiseClause (yes when what they are known
### for is a clause), $bridge, $value, $valueSentence, $valueCapitalized, $valueClause, $strengths,
### $strengthsSentence, $strengthsClause, $inWriting (yes when the ask is a written message), $single
### (yes after a no or no reply), $written, $assistant (yes when an assistant runs their calendar),
### $minutes, $fallback, $fallbackText (the lighter version), $comeBack ("in March"), $program,
### $joined (yes for a guild you join, no for a program you apply to), $referral, $referred,
### $exchange (question or conversation), $managerWord.

## Pieces several answers say

cards-your-experience = { $expertiseClause ->
        [yes] your experience
       *[no] your experience with { $expertise }
    }
cards-joined-verb = { $joined ->
        [yes] joined it
       *[no] applied
    }
cards-to-whom = { $assistant ->
        [yes] your { shared-assistant }
       *[no] you
    }
cards-to-them = { $referred ->
        [yes] {" "}to { $referral }
       *[no] {""}
    }

## “My calendar is impossible”

cards-time-objection = I’d like to help, but my calendar is impossible right now.
cards-time-means = I am afraid this will quietly grow.
cards-time-answer-declined = { $tone ->
        [formal] I understand, and I will not add to it. Thank you for hearing me out.
        [warm] I understand, and I won’t add to it. Thanks for hearing me out.
       *[concise] Understood. I won’t add to it. Thanks for hearing me out.
    }
cards-time-answer-lighter = { $tone ->
        [formal] I understand. Then let us start with something lighter. It would be { $fallbackText }. We grow it only if it proves worth your time.
        [warm] { $register ->
                [neutral] I understand. Then let’s start lighter.
               *[other] { $praise ->
                        [understated] That’s fair.
                       *[other] Totally fair.
                    } Then let’s start lighter. It could be { $fallbackText }. We only grow it if it’s worth your time.
            }
       *[concise] Understood. Then we go lighter: { $fallbackText }. We grow it only if it earns it.
    }
cards-time-answer = { $tone ->
        [formal] I understand, and I do not want to add to that. { $fallback }
        [warm] That’s completely fair, and I don’t want to be one more thing on your plate. { $fallback }
       *[concise] Understood. { $fallback }
    }
# After a yes with limits: their limits answer the worry; nothing else is offered in place of what they offered.
cards-time-answer-agreed = { $tone ->
        [formal] I understand. I will keep to exactly what you offered, and bring only decisions that are worth your time.
        [warm] That’s completely fair. I’ll keep to exactly what you offered, and only bring a decision that’s worth it.
       *[concise] Understood. I’ll keep to what you offered, and only for a real decision.
    }
cards-time-short-closed = { $tone ->
        [formal] I understand. Then one written question instead, answered when you can.
        [warm] { $register ->
                [neutral] I understand. Then just one written question,
               *[other] { $praise ->
                        [understated] That’s fair.
                       *[other] Totally fair.
                    } Then just one written question, answered whenever you can.
            }
       *[concise] Understood. Then one written question instead.
    }
cards-time-short = { $tone ->
        [formal] I understand. Something lighter may help. It could be { $fallbackText }.
        [warm] { $register ->
                [neutral] I understand. Then let’s make it lighter.
               *[other] { $praise ->
                        [understated] That’s fair.
                       *[other] Totally fair.
                    } Then let’s make it lighter. It could be { $fallbackText }.
            }
       *[concise] Understood. Then we go lighter: { $fallbackText }.
    }

## “Not sure you’re ready”

cards-ready-objection = I’m not sure you’re ready for this yet.
cards-ready-means = I do not know your work well enough, or I am not sure you will follow through.
# $strengthsGiven: yes when your strengths are known (then cards-ready-strengths follows the lead).
cards-ready-lead = { $tone ->
        [formal] That is a fair question.
        [warm] { $strengthsGiven ->
            [yes] Honestly, that’s exactly why I’m asking.
           *[no] Honestly, that’s exactly why I’m asking: this challenge needs judgment I haven’t built yet.
        }
       *[concise] That’s fair.
    }
cards-ready-strengths = { $strengthsClause ->
        [yes] { $strengthsSentence }
       *[no] { $tone ->
            [formal] My strengths today are { $strengths }.
            [warm] I feel solid on { $strengths }.
           *[concise] I’m strong on { $strengths }.
        }
    }
cards-ready-answer = { $documents ->
        [none] { $tone ->
            [formal] What I do not yet have is { $expertiseClause ->
                [yes] your kind of experience
               *[no] your experience with { $expertise }
            }, and that is what our challenge demands. Please judge me by how I have framed the decision: the context, my pick, and why.
            [warm] { $strengthsGiven ->
                [yes] But this challenge needs judgment I haven’t built yet.{" "}
               *[no] {""}
            }Judge me by how I’ve framed the decision: the context, my pick, and why. I’d welcome your reaction whenever it suits you.
           *[concise] { $expertiseClause ->
                [yes] This challenge needs judgment I haven’t built yet
               *[no] I don’t have your experience with { $expertise }
            }, which is why I’m asking. Judge me by my pick and my reasons.
        }
       *[other] { $tone ->
            [formal] What I do not yet have is { $expertiseClause ->
                [yes] your kind of experience
               *[no] your experience with { $expertise }
            }, and that is what our challenge demands. I would be glad to share my current write-up so that you can judge for yourself.
            [warm] { $strengthsGiven ->
                [yes] But this challenge needs judgment I haven’t built yet.{" "}
               *[no] {""}
            }I’ve { $inWriting ->
                [yes] attached
               *[no] brought
            } my current write-up; I’d welcome your reaction whenever it suits you.
           *[concise] { $expertiseClause ->
                [yes] This challenge needs judgment I haven’t built yet
               *[no] I don’t have your experience with { $expertise }
            }, which is why I’m asking. Judge me by my write-up; { $inWriting ->
                [yes] it’s attached
               *[no] I have it with me
            }.
        }
    }
cards-ready-short = { $documents ->
        [none] { $tone ->
            [formal] That is a fair question. Please judge me by how I have framed the decision: the context, my pick, and why.
            [warm] Fair enough. Judge me by how I’ve framed the decision: the context, my pick, and why.
           *[concise] That’s fair. Judge me by my pick and my reasons.
        }
       *[other] { $tone ->
            [formal] That is a fair question. Please judge me by my write-up; I have { $inWriting ->
                [yes] attached
               *[no] brought
            } it.
            [warm] Fair enough. I’ve { $inWriting ->
                [yes] attached
               *[no] brought
            } my write-up, so you can judge for yourself.
           *[concise] That’s fair. Judge me by my write-up; { $inWriting ->
                [yes] it’s attached
               *[no] I have it with me
            }.
        }
    }

## “Shouldn’t your manager be helping you?”

cards-manager-objection = { $relationship ->
        [former-manager] Shouldn’t your current manager be helping you with this?
       *[other] Why me? Shouldn’t your manager be helping you with this?
    }
# $known: yes when the profile says your manager knows (the answer says so); then no reminder to check.
cards-manager-means = I do not want to step on anyone’s toes.{ $known ->
        [yes] {""}
       *[no] {" "}(Answer this way only once your manager really knows; make sure they do before you ask.)
    }
cards-manager-answer = { $tone ->
        [formal] My manager knows I am asking you. I came to you for a specific reason: { cards-your-experience }. This would add to what I have from my manager, not replace it.
        [warm] My manager knows I’m talking to you. But on this particular problem, { cards-your-experience } is the piece I can’t get anywhere else.
       *[concise] My manager knows I’m asking you. I’m asking you for one reason: { cards-your-experience }.
    }
cards-manager-short = { $tone ->
        [formal] My manager knows I am asking you. I came to you for one reason: your experience on exactly this problem.
        [warm] My manager knows I’m talking to you. On this problem, your experience is the piece I can’t get anywhere else.
       *[concise] My manager knows I’m asking you, for your experience on exactly this.
    }
# The profile does not say whether your manager knows: the answer claims nothing about it.
cards-manager-answer-unsaid = { $tone ->
        [formal] I came to you for a specific reason: { cards-your-experience }. This would add to what I have from my manager, not replace it.
        [warm] On this particular problem, { cards-your-experience } is the piece I can’t get anywhere else. It would add to what I get from my manager, not replace it.
       *[concise] I’m asking you for one reason: { cards-your-experience }. It adds to what my manager does; it doesn’t replace it.
    }
cards-manager-short-unsaid = { $tone ->
        [formal] I came to you for one reason: your experience on exactly this problem. It would add to what I have from my manager, not replace it.
        [warm] On this problem, your experience is the piece I can’t get anywhere else. It adds to what I get from my manager.
       *[concise] I’m asking you for your experience on exactly this. It adds to what my manager does.
    }
# Your manager does not know yet (managerKnows: false): you will tell them first; nothing claimed.
cards-manager-answer-not-yet = { $tone ->
        [formal] I will tell my manager before we start; this would add to the support they give me, not replace it. I came to you for a specific reason: { cards-your-experience }.
        [warm] I’ll make sure my manager knows before we start; this adds to what they do for me, it doesn’t replace it. On this particular problem, { cards-your-experience } is the piece I can’t get anywhere else.
       *[concise] I’ll tell my manager before we start. I’m asking you for one reason: { cards-your-experience }.
    }
cards-manager-short-not-yet = { $tone ->
        [formal] I will tell my manager before we start. I came to you for one reason: your experience on exactly this problem.
        [warm] I’ll make sure my manager knows first. On this problem, your experience is the piece I can’t get anywhere else.
       *[concise] I’ll tell my manager first. I’m asking you for your experience on exactly this.
    }

## “We already have a mentoring program”

cards-program-objection = { $joined ->
        [yes] Have you tried the { $program }?
       *[no] We already have a mentoring program. Have you signed up?
    }
cards-program-means = I would rather this went through a channel than through me.
# Said after cards-program-means when they pointed you to the program.
cards-program-means-pointed = ({ $joined ->
        [yes] Join it
       *[no] Apply
    } before the meeting, so that your first sentence is true.)
cards-program-answer-pointed = { $tone ->
        [formal] I have { cards-joined-verb }, as you suggested. What I am asking you for sits alongside it and is narrower: your input on one area of architecture decisions where your experience is unusual.
        [warm] I’ve { cards-joined-verb }, as you suggested. What I’m asking you for sits alongside it and is much narrower: your take on one kind of architecture decision where your experience is rare.
       *[concise] I’ve { cards-joined-verb }, as you suggested. This sits alongside it and is narrower: one kind of decision where your experience is rare.
    }
cards-program-answer = { $tone ->
        [formal] I am glad to join it as well. The program is good for general growth; what I am asking you for is narrower: your input on one area of architecture decisions where your experience is unusual. If it helps, we could run it through the program so that it counts there too.
        [warm] I’m happy to join it too. The program is great for general growth; what I’m asking you for is much narrower: your take on one kind of architecture decision where your experience is rare. If it helps, we can even run it through the program so it counts there.
       *[concise] Happy to join it too. This is narrower: one kind of decision where your experience is rare. We can run it through the program if that helps.
    }
cards-program-short-pointed = { $tone ->
        [formal] I have { cards-joined-verb }, as you suggested. What I am asking you for is narrower: one kind of decision where your experience is unusual.
        [warm] I’ve { cards-joined-verb }, as you suggested. What I’m asking you for is much narrower: one kind of decision where your experience is rare.
       *[concise] { $joined ->
            [yes] Joined it
           *[no] Applied
        }, as you suggested. This is narrower: one kind of decision your experience fits.
    }
cards-program-short = { $tone ->
        [formal] I am glad to join it as well. What I am asking you for is narrower: one kind of decision where your experience is unusual.
        [warm] Happy to join it too. What I’m asking you for is much narrower: one kind of decision where your experience is rare.
       *[concise] I’m happy to join it. This is narrower: one kind of decision your experience fits.
    }

## “What would I get out of this?”

cards-gain-objection = What would I get out of this?
cards-gain-means = Show me this is not charity.
cards-gain-answer = { $tone ->
        [formal] I hope three things. We would make a better decision on our challenge, with your experience rather than without it. { $valueClause ->
            [yes] From my side: { $valueSentence }
           *[no] From my side, { $value }.
        } And an architect who carries your way of thinking into rooms you are not in.
        [warm] Three things, I hope. We’d make a better call on our challenge, with your experience instead of without it. { $valueClause ->
            [yes] From me: { $valueSentence }
           *[no] From me, { $value }.
        } And someone who carries your way of thinking into rooms you’re not in.
       *[concise] We make a better decision on our challenge. { $valueClause ->
            [yes] { $valueSentence }
           *[no] { $valueCapitalized }.
        } And your thinking in rooms you’re not in.
    }
cards-gain-short = { $tone ->
        [formal] { $valueClause ->
            [yes] A better decision on our challenge, made with your experience. And from my side: { $valueSentence }
           *[no] A better decision on our challenge, made with your experience, and from my side, { $value }.
        }
        [warm] { $valueClause ->
            [yes] A better call on our challenge, made with your experience. And from me: { $valueSentence }
           *[no] A better call on our challenge, made with your experience, and from me, { $value }.
        }
       *[concise] { $valueClause ->
            [yes] We make a better decision on our challenge. And from me: { $valueSentence }
           *[no] We make a better decision on our challenge. And from me, { $value }.
        }
    }

## “I don’t really do formal mentoring”

cards-informal-objection = I don’t really do formal mentoring.
cards-informal-means = I do not want a title, a program or an obligation attached.
# $shape: question, conversation (one, after a no), regular, occasional (an arrangement).
cards-informal-shape = { $shape ->
        [question] one question
        [conversation] one conversation
        [regular] a short, regular exchange
       *[occasional] an occasional exchange
    }
cards-informal-answer = { $tone ->
        [formal] That suits me; I am not looking for anything formal. Think of it as { cards-informal-shape } about one hard decision{ $single ->
            [yes] {""}
           *[no] {" "}at a time
        }. We can drop the word ‘mentoring’ entirely.
        [warm] That suits me, honestly; I’m not after anything formal. Think of it as { cards-informal-shape } about one hard decision{ $single ->
            [yes] {""}
           *[no] {" "}at a time
        }. We can drop the word ‘mentoring’ altogether.
       *[concise] Fine by me. No title: { cards-informal-shape }, one hard decision{ $single ->
            [yes] {""}
           *[no] {" "}at a time
        }.
    }
cards-informal-short = { $tone ->
        [formal] That suits me; I am not looking for anything formal. We can drop the word ‘mentoring’ entirely.
        [warm] That suits me, honestly. We can drop the word ‘mentoring’ altogether.
       *[concise] Fine by me. No title, one hard decision at a time.
    }

## “I don’t do mentoring calls”: a form they refuse, named ($form: "calls", "meetings", "Zoom calls")

cards-form-objection = I don’t do { $form }.
cards-form-means = The form, not you: { $form } need a slot in a full week. Keep to the form they chose and the help stays.
# The arrangement is written: one short question, the preparation inside it.
cards-form-answer-written = { $tone ->
        [formal] Understood: no { $form }. When I am stuck, I will send you one question { written-length-in }.
        [warm] Of course, no { $form }. When I’m stuck, I’ll send you one question { written-length-in }, and you answer when it suits you.
       *[concise] Got it: no { $form }. When I’m stuck I’ll send one question { written-length-in }.
    }
# The ask is what they offered, and it is not written (a coffee when they are in town).
cards-form-answer-offered = { $tone ->
        [formal] Understood: no { $form }. I will keep to what you offered.
        [warm] Of course, no { $form }. I’ll keep to what you offered.
       *[concise] Got it: no { $form }. I’ll keep to what you offered.
    }
# Nothing offered: the lighter form is a written question.
cards-form-answer = { $tone ->
        [formal] Understood: no { $form }. Then, when I am stuck, one question in writing, { written-length-in }, for you to answer when you can.
        [warm] Of course, no { $form }. Then when I’m stuck, I’ll send one question in writing, { written-length-in }, and you answer when you can.
       *[concise] Got it: no { $form }. Then one written question when I’m stuck, { written-length-in }.
    }

## “I’ll have to do it for everyone”

cards-everyone-objection = If I do this for you, I’ll have to do it for everyone.
cards-everyone-means = I am worried about how this looks.
# One conversation after a no: one work decision. $pointed: yes when they pointed you to the $program.
cards-everyone-answer-single = { $tone ->
        [formal] I understand.{ $pointed ->
            [yes] {" "}That is why I went to the { $program }.
           *[no] {""}
        } This is one decision in your area, the same input anyone working on it could ask for, and the summary goes to the team.
        [warm] I get that.{ $pointed ->
            [yes] {" "}That’s why I went to the { $program }.
           *[no] {""}
        } This is one decision in your area, the input anyone working on it could ask for, and the summary goes to the team.
       *[concise] { $pointed ->
            [yes] That’s why I went to the { $program }.{" "}
           *[no] {""}
        }One decision in your area, what anyone on it could ask; the summary goes to the team.
    }
cards-everyone-answer = { $tone ->
        [formal] I understand. Let’s keep it entirely about the work: the summaries go to the team, so the benefit is not only mine. And the format, one prepared decision at a time with a written summary, is easy to repeat with others or to run as a small group.
        [warm] I get that. Let’s keep it all about the work: the summaries go to the team, so it’s not just me who benefits. And the format, one prepared decision with a written summary, is easy to repeat with others or run as a small group.
       *[concise] Keep it about the work: summaries go to the team. One prepared decision plus a written summary is easy to repeat with others.
    }
cards-everyone-short-single = { $tone ->
        [formal] This is one decision in your area, and the summary goes to the team.
        [warm] It’s one decision in your area, and the summary goes to the team.
       *[concise] One decision in your area; the summary goes to the team.
    }
cards-everyone-short = { $tone ->
        [concise] Summaries go to the team; the format is easy to repeat.
       *[other] Let’s keep it about the work: the summaries go to the team, and the format is easy to repeat with others.
    }
# A leader at another company: nothing goes to a team of theirs, and nothing confidential from either side.
cards-everyone-answer-outside = { $tone ->
        [formal] I understand. Let’s keep it entirely about the work: { $single ->
            [yes] one decision, the same input anyone working on it could ask for,
           *[no] one prepared decision at a time, a format that is easy to repeat with others,
        } and nothing confidential from { shared-either-side }.
        [warm] I get that. Let’s keep it all about the work: { $single ->
            [yes] one decision, the input anyone working on it could ask for,
           *[no] one prepared decision at a time, a format that’s easy to repeat with others,
        } and nothing confidential from { shared-either-side }.
       *[concise] Keep it about the work: { $single ->
            [yes] one decision,
           *[no] one prepared decision at a time, easy to repeat with others,
        } nothing confidential from either side.
    }
cards-everyone-short-outside = { $tone ->
        [concise] { $single ->
            [yes] One decision; nothing confidential from either side.
           *[no] One decision at a time; nothing confidential from either side.
        }
       *[other] { $single ->
            [yes] It’s one decision, and nothing confidential from { shared-either-side }.
           *[no] Let’s keep it about the work: one decision at a time, and nothing confidential from { shared-either-side }.
        }
    }

## “Not now” / “Let’s revisit this later”

cards-later-objection-again = It’s still not the right time.
# $objection: their “later” as they put it ("Let’s revisit this after the launch.").
cards-later-objection = { $objection }
cards-later-means-closed = A no for now, given a reason. Take the date and nothing else.
cards-later-means = { $comeBackOn ->
        [condition] Genuinely overloaded, or a soft no. Either way, leave knowing what they are waiting for now, not a date.
       *[other] Genuinely overloaded, or a soft no. Either way, leave with a month.
    }
# Back after the milestone they named, and it is still not the time: a month of their choosing.
# $later: when they had named a month, the month proposed instead (three months on), so they are not
# asked for a month again; "none" when no month was named.
cards-later-answer-again = { $later ->
        [none] { $comeBackOn ->
            [condition] { cards-later-again-condition }
           *[other] { cards-later-answer-month }
        }
       *[other] { cards-later-answer-later }
    }
# Back after the condition they named, and it is still not the time: you wait for what they wait for now.
cards-later-again-condition = { $tone ->
        [formal] Understood. Then I will come back when *(what they are waiting for now)*, and not before.
        [warm] { $register ->
                [neutral] I understand. Then I’ll come back when *(what they are waiting for now)*, and not before.
               *[other] That’s fair. Then I’ll come back when *(what they are waiting for now)*, and not before.
            }
       *[concise] Understood. I’ll come back when *(what they are waiting for now)*; not before.
    }
cards-later-answer-month = { $tone ->
        [formal] Understood. Which month would suit you better? I will put it in my own calendar and write to you then.
        [warm] { $register ->
                [neutral] I understand. Which month would be better? I’ll put it in my own calendar and write to you then.
               *[other] { $praise ->
                       [understated] That’s fair.
                      *[other] Totally fair.
                   } Which month would be better? I’ll put it in my own calendar and write to you then.
            }
       *[concise] Understood. Which month should I come back in? I’ll note it in my own calendar.
    }
cards-later-answer-later = { $tone ->
        [formal] Understood. Then I will write to you again in { $later }, unless you would prefer another time. I will put it in my own calendar.
        [warm] { $register ->
                [neutral] I understand. Then I’ll write again in { $later }, unless another time suits you better. I’ll put it in my own calendar.
               *[other] { $praise ->
                       [understated] That’s fair.
                      *[other] Totally fair.
                   } Then I’ll write again in { $later }, unless another time suits you better. I’ll put it in my own calendar.
            }
       *[concise] Understood. I’ll write again in { $later }, unless you’d rather another time. It’s in my own calendar.
    }
cards-later-answer-closed = { $tone ->
        [formal] Understood. May I write to you { $comeBack }? Until then I will not raise it.
        [warm] Understood. Could I write to you { $comeBack }? Until then I won’t bring it up.
       *[concise] Understood. I’ll write { $comeBack }; not before.
    }
cards-later-answer = { $tone ->
        [formal] That works. May I come back to you { $comeBack }? I will put a reminder in my own calendar and send you a short note then.
        [warm] That works. Could I come back to you { $comeBack }? I’ll put a reminder in my own calendar and send you a short note then.
       *[concise] Understood. I’ll note it in my calendar and send you a short note { $comeBack }.
    }
cards-later-short-again = { $later ->
        [none] { $comeBackOn ->
            [condition] { cards-later-again-condition }
           *[other] { cards-later-short-month }
        }
       *[other] { cards-later-short-later }
    }
cards-later-short-month = { $tone ->
        [formal] Understood. Which month would suit you better? I will write to you then.
        [warm] { $register ->
                [neutral] I understand. Which month would be better? I’ll write to you then.
               *[other] { $praise ->
                       [understated] That’s fair.
                      *[other] Totally fair.
                   } Which month would be better? I’ll write to you then.
            }
       *[concise] Understood. Which month should I come back in?
    }
cards-later-short-later = { $tone ->
        [formal] Understood. I will write to you again in { $later }, unless you would prefer another time.
        [warm] { $register ->
                [neutral] I understand. I’ll write again in { $later }, unless another time suits you better.
               *[other] { $praise ->
                       [understated] That’s fair.
                      *[other] Totally fair.
                   } I’ll write again in { $later }, unless another time suits you better.
            }
       *[concise] Understood. I’ll write again in { $later }.
    }
cards-later-short = { $tone ->
        [formal] That works. I will put a reminder in my own calendar and send you a short note { $comeBack }.
        [warm] That works. I’ll put a reminder in my own calendar and send you a short note { $comeBack }.
       *[concise] Understood. I’ll note it in my own calendar and write { $comeBack }.
    }

## “Sure, let’s find some time at some point”

cards-vague-yes-objection = Sure, let’s find some time at some point.
cards-vague-yes-means = A yes in principle that will never reach a calendar unless you make it easy.
cards-vague-yes-answer-single = { $tone ->
        [formal] Thank you. I do not want this to become one more thing for you to remember. So I will { $written ->
            [yes] send the question this week
           *[no] send { cards-to-whom } two or three possible times for the conversation
        }.
        [warm] Thank you! I don’t want this to be one more thing for you to remember. So I’ll { $written ->
            [yes] send the question this week
           *[no] send { cards-to-whom } a couple of times for the conversation
        }.
       *[concise] Thanks. I’ll { $written ->
            [yes] send the question this week
           *[no] send two or three possible times for the conversation
        }.
    }
cards-vague-yes-answer-written = { $tone ->
        [formal] Thank you. I do not want this to become one more thing for you to remember. So I will send the first note, with one decision in it, this week.
        [warm] Thank you! I don’t want this to be one more thing for you to remember. So I’ll send the first note this week, with one decision in it.
       *[concise] Thanks. I’ll send the first decision this week.
    }
cards-vague-yes-answer = { $tone ->
        [formal] Thank you. I do not want this to become one more thing for you to remember. So I will send { cards-to-whom } two or three possible times for a first { $minutes }-minute conversation{ $communication ->
            [indirect] , and you can choose whichever suits you
           *[other] {""}
        }.
        [warm] Thank you! I don’t want this to be one more thing for you to remember. So I’ll send { cards-to-whom } a couple of options for a first { $minutes }-minute chat{ $communication ->
            [indirect] , and you pick whatever suits you
           *[other] {""}
        }.
       *[concise] { cards-vague-yes-first-times }
    }
cards-vague-yes-first-times = Thanks. I’ll send { $assistant ->
        [yes] your { shared-assistant }{" "}
       *[no] {""}
    }two or three possible times for a first { $minutes }-minute session.
cards-vague-yes-short-single = { $tone ->
        [formal] Thank you. I will { $written ->
            [yes] send the question this week
           *[no] send { cards-to-whom } two or three possible times for the conversation
        }.
        [warm] Thank you! I’ll { $written ->
            [yes] send the question this week
           *[no] send { cards-to-whom } a couple of times for the conversation
        }.
       *[concise] Thanks. { $written ->
            [yes] The question comes this week
           *[no] Two or three times for the conversation, this week
        }.
    }
cards-vague-yes-short-written = { $tone ->
        [formal] Thank you. I will send the first note, with one decision in it, this week.
        [warm] Thank you! I’ll send the first note this week, with one decision in it.
       *[concise] Thanks. I’ll send the first decision this week.
    }
cards-vague-yes-short = { $tone ->
        [formal] Thank you. I will send { cards-to-whom } two or three possible times for a first { $minutes }-minute conversation{ $communication ->
            [indirect] , and you can choose
           *[other] {""}
        }.
        [warm] Thank you! I’ll send { cards-to-whom } a couple of options for a first { $minutes }-minute chat{ $communication ->
            [indirect] , and you pick
           *[other] {""}
        }.
       *[concise] { cards-vague-yes-first-times }
    }

## “Just send me your questions by email”

cards-email-objection = Just send me your questions by email.
cards-email-means = Yes, in a lighter format. Take it.
cards-email-answer-single = { $tone ->
        [formal] Gladly. I will keep it to one short message: the context, the decision, the options with my recommendation, and when I need an answer.
        [warm] Gladly. I’ll keep it to one short message: the context, the decision, my options and what I’d recommend, and when I need an answer.
       *[concise] Gladly. I’ll send one short message: context, decision, options, my pick, deadline.
    }
cards-email-answer-written = { $tone ->
        [formal] Gladly; that is exactly what I had in mind. Each one will be short: the context, the decision, the options with my recommendation, and when I need an answer.
        [warm] Gladly, that’s exactly what I had in mind. Each one will be short: the context, the decision, my options and what I’d recommend, and when I need an answer.
       *[concise] That’s the plan. I keep it short: context, decision, options, my pick, deadline.
    }
cards-email-answer = { $tone ->
        [formal] Gladly; that may be the best format anyway. I will keep each one short: the context, the decision, the options with my recommendation, and when I need an answer. If a question turns out to need a conversation, we can decide that together.
        [warm] Gladly, that might be the best format anyway. I’ll keep each one short: the context, the decision, my options and what I’d recommend, and when I need an answer. If one needs a conversation, we can decide that together.
       *[concise] Gladly. I keep it short: context, decision, options, my pick, deadline. We call only if one needs it.
    }
cards-email-short-written = { $tone ->
        [formal] Gladly; that is exactly what I had in mind, each one short, with my recommendation and when I need an answer.
        [warm] Gladly, that’s exactly what I had in mind: short, with what I’d recommend and when I need an answer.
       *[concise] That’s the plan. I keep it short, with my pick and a deadline.
    }
cards-email-short = { $tone ->
        [formal] Gladly. Each one will be short, with the options, my recommendation and when I need an answer.
        [warm] Gladly. I’ll keep each one short, with my options, what I’d recommend and when I need an answer.
       *[concise] Gladly. I keep it short, with my pick and a deadline.
    }

## “I’m not the right person for this”

cards-not-me-objection-referral = Have you talked to { $referral }?
cards-not-me-objection-doubts-fit = I’m not sure I’m the right person for this.
cards-not-me-objection = I’m not the right person for this. Talk to someone else.
cards-not-me-means-referral = They named { $referral }: take the referral gladly, and keep the one thing only they can give.
cards-not-me-means-doubts-fit = They doubt the fit, not you: make the ask about their one proven experience, not about mentoring you.
cards-not-me-means = It may really be a fit problem, or a polite no.
cards-not-me-means-doubts-fit-referral = They doubt the fit and named { $referral }: take the suggestion for the rest, and keep the one part only their experience covers.
# They doubt the fit and named someone else: the referral for the rest ("I will", as the script's opening
# says), their own experience for the one part.
cards-not-me-answer-doubts-fit-referral = { $tone ->
        [formal] I understand, and I will speak with { $referral } about the rest, as you suggested. On { $bridge }, though, your experience is exactly what I need.
        [warm] I get that, and I’ll talk to { $referral } about the rest, as you suggested. On { $bridge }, though, your experience is exactly what I need.
       *[concise] Understood; I’ll talk to { $referral } about the rest. On { $bridge }, your experience is what I need.
    }
cards-not-me-short-doubts-fit-referral = { cards-not-me-answer-doubts-fit-referral }
cards-not-me-answer-referral = { $tone ->
        [formal] Not yet; I will, as you suggested. What I am asking you for is narrower: your view on { $bridge }.
        [warm] Not yet, but I will, as you suggested. What I’m asking you for is narrower: your take on { $bridge }.
       *[concise] Not yet; I will. What I need from you is narrower: { $bridge }.
    }
cards-not-me-answer-doubts-fit = { $tone ->
        [formal] I understand. On this particular problem, you are closer to it than anyone I know: { cards-your-experience } is exactly what it needs. If after one { $exchange } you would point me elsewhere, I would welcome that.
        [warm] I get that. On this one problem, though, you’re closer to it than anyone I know: { cards-your-experience } is exactly what it needs. And if after one { $exchange } you’d point me elsewhere, I’d welcome that.
       *[concise] Understood. On this one problem, you’re the closest I know. If after one { $exchange } you’d point me elsewhere, fine.
    }
cards-not-me-answer-closed = { $tone ->
        [formal] Thank you, that is helpful. Would you be willing to introduce me{ cards-to-them }?
        [warm] Thank you, that’s really helpful. Would you be willing to introduce me{ cards-to-them }?
       *[concise] Thanks. Could you introduce me{ cards-to-them }?
    }
# "one written question to you" or "a single conversation with you" / "one conversation with you".
cards-one-exchange-with = { $exchange ->
        [question] one written question to
       *[conversation] { $tone ->
            [formal] a single conversation with
           *[other] one conversation with
        }
    }
cards-not-me-answer = { $tone ->
        [formal] Thank you, that is helpful. Would you be willing to introduce me{ cards-to-them }? And if I may, I would still value { cards-one-exchange-with } you about { $bridge }. That is where your experience is so specific.
        [warm] Thank you, that’s really helpful. Would you be willing to introduce me{ cards-to-them }? And if it’s all right, I’d still love { cards-one-exchange-with } you about { $bridge }. That’s where your experience is so specific.
       *[concise] Thanks. Could you introduce me{ cards-to-them }? I’d still value { cards-one-exchange-with } you on { $bridge }.
    }
# After a referral, the script has you write to them before the meeting: you have written, not talked.
cards-not-me-answer-referral-written = { $met ->
    [no] { $tone ->
        [formal] I have { script-referral-reached }, as you suggested; we have not spoken yet. What I am asking you for is narrower: your view on { $bridge }.
        [warm] I’ve { script-referral-reached }, as you suggested, though we haven’t spoken yet. What I’m asking you for is narrower: your take on { $bridge }.
       *[concise] I’ve { script-referral-reached }; we haven’t spoken yet. What I need from you is narrower: { $bridge }.
    }
   *[other] { $tone ->
        [formal] Yes, I met { $met } first, as you suggested. One question remains that only you can answer: { $bridge }.
        [warm] Yes, I met { $met } first, as you suggested. One question remains that only you can answer: { $bridge }.
       *[concise] Yes, I met { $met } first. I still have one question: { $bridge }.
    }
    }
cards-not-me-short-referral-written = { $met ->
        [no] { $tone ->
            [concise] I’ve { script-referral-reached }; not spoken yet. What I need from you: { $bridge }.
           *[other] I’ve { script-referral-reached }, not spoken yet. What I need from you is narrower: { $bridge }.
        }
       *[other] I met { $met } first, as you suggested. I still have one question: { $bridge }.
    }
cards-not-me-short-referral = { $tone ->
        [concise] Not yet; I will. What I need from you: { $bridge }.
       *[other] Not yet, but I will. What I need from you is narrower: { $bridge }.
    }
cards-not-me-short-doubts-fit = { $tone ->
        [formal] I understand. On this particular problem, you are closer to it than anyone I know. If after one { $exchange } you would point me elsewhere, I would welcome that.
        [warm] I get that. On this one problem, though, you’re closer to it than anyone I know. And if after one { $exchange } you’d point me elsewhere, I’d welcome that.
       *[concise] Understood. On this one problem, you’re the closest I know. If after one { $exchange } you’d point me elsewhere, fine.
    }
cards-not-me-short-closed = { $tone ->
        [formal] Thank you. Would you be willing to introduce me{ cards-to-them }?
        [warm] Thanks, that helps. Would you introduce me{ cards-to-them }?
       *[concise] Thanks. Could you introduce me{ cards-to-them }?
    }
cards-not-me-short = { $tone ->
        [formal] Thank you. Would you be willing to introduce me{ cards-to-them }? I would still value { cards-one-exchange-with } you on { $bridge }.
        [warm] Thanks, that helps. Would you introduce me{ cards-to-them }? I’d still love { cards-one-exchange-with } you on { $bridge }.
       *[concise] Thanks. Could you introduce me{ cards-to-them }? I’d still value { cards-one-exchange-with } you on { $bridge }.
    }

## “Let me think about it; I may need to check with a few people” (a hierarchy only)

cards-consult-objection = Let me think about it. I may need to check with a few people first.
cards-consult-means = A yes here may need someone else’s blessing: their own leader’s, your manager’s, or HR’s. A specific, { $documents ->
        [none] short
       *[other] one-page
    } ask is easy to pass on; a broad one is not. Give them the time; the rule in the pause applies.
cards-consult-answer = { $documents ->
        [none] { $tone ->
            [formal] Of course. Would it help if I sent you the question in a short message that you could pass on? And if it would be better for my { $managerWord } to raise it with you or with them, I will ask them to.
            [warm] Of course, take the time you need. Would the question in a short message help, something you could pass on? And if it’s better coming from my { $managerWord }, I’ll ask them to raise it.
           *[concise] Of course. I’ll send the question in a short message you can pass on. If it should come from my { $managerWord }, I’ll ask them.
        }
       *[other] { $tone ->
            [formal] Of course. Would it help if I sent a short written summary that you could share with them? And if it would be better for my { $managerWord } to raise it with you or with them, I will ask them to.
            [warm] Of course, take the time you need. Would a short written summary help, something you could pass on? And if it’s better coming from my { $managerWord }, I’ll ask them to raise it.
           *[concise] Of course. I’ll send a short summary you can pass on. If it should come from my { $managerWord }, I’ll ask them.
        }
    }
# A leader at another company: the blessing they may need is their own company's, not your manager's.
cards-consult-means-outside = A yes here may need someone else’s blessing: their own leader’s, or their { shared-their-org }’s rules on advising someone from another company. A specific, { $documents ->
        [none] short
       *[other] one-page
    } ask is easy to pass on; a broad one is not. Give them the time; the rule in the pause applies.
# A leader at another company: your manager does not raise it with them.
cards-consult-answer-outside = { $documents ->
        [none] { $tone ->
            [formal] Of course. Would it help if I sent you the question in a short message that you could pass on?
            [warm] Of course, take the time you need. Would the question in a short message help, something you could pass on?
           *[concise] Of course. I’ll send the question in a short message you can pass on.
        }
       *[other] { $tone ->
            [formal] Of course. Would it help if I sent a short written summary that you could share with them?
            [warm] Of course, take the time you need. Would a short written summary help, something you could pass on?
           *[concise] Of course. I’ll send a short summary you can pass on.
        }
    }
cards-consult-short = { $tone ->
        [formal] Of course. I will send a short summary that you can share with whoever needs to see it.
        [warm] Of course. I’ll send a short summary you can pass on to whoever needs to see it.
       *[concise] Of course. I’ll send a summary today, ready to pass on.
    }

## Cards for what a leader may say in their own words (issue 23, item 2): shown first and in full
## when their first answer said it. $reminder: when to follow up ("a week", "two weeks").

cards-outside-objection = I don’t usually take mentees from outside my own organization.
cards-outside-means = A rule of thumb, not a verdict on you: mentoring counts for them inside their organization, and someone from outside raises questions of confidentiality and time.
# $exchange: "question" when the ask is in writing (one written question, never a conversation), else "conversation".
# $shape: regular or occasional when the ask is a rhythm: the answer names that ask ($summary), never "one conversation" beside it.
cards-outside-answer = { $shape ->
        [regular] { $tone ->
            [formal] That is entirely fair, and I am not asking you to take me on as a mentee. What I am asking for is { $summary }, each on one problem, in general terms, with nothing confidential on either side, and it stops whenever it is no longer useful to you.
            [warm] That’s completely fair, and I’m not asking you to take me on as a mentee. What I’m asking for is { $summary }, each on one problem, in general terms, with nothing confidential on either side, and it stops whenever it’s no longer useful to you.
           *[concise] That’s fair. I’m not asking to be your mentee: { $summary }, each on one problem, nothing confidential either way, and it stops when it stops being useful.
        }
        [occasional] { $tone ->
            [formal] That is entirely fair, and I am not asking you to take me on as a mentee. What I am asking for is { $summary }, each on one problem, in general terms, with nothing confidential on either side, and it stops whenever it is no longer useful to you.
            [warm] That’s completely fair, and I’m not asking you to take me on as a mentee. What I’m asking for is { $summary }, each on one problem, in general terms, with nothing confidential on either side, and it stops whenever it’s no longer useful to you.
           *[concise] That’s fair. I’m not asking to be your mentee: { $summary }, each on one problem, nothing confidential either way, and it stops when it stops being useful.
        }
       *[other] { $exchange ->
            [question] { $tone ->
                [formal] That is entirely fair, and I am not asking you to take me on as a mentee. I would value one written question about one problem, in general terms, with nothing confidential on either side. If it is useful to you too, we can decide then whether there should be another.
                [warm] That’s completely fair, and I’m not asking you to take me on as a mentee. I’d value one written question about one problem, in general terms, with nothing confidential on either side. If it’s useful to you too, we can decide then whether there should be another.
               *[concise] That’s fair. I’m not asking to be your mentee: I’m asking one written question on one problem, with nothing confidential either way. If it helps you too, we decide then about a second.
            }
           *[other] { $tone ->
                [formal] That is entirely fair, and I am not asking you to take me on as a mentee. I would value one conversation about one problem, in general terms, with nothing confidential on either side. If it is useful to you too, we can decide then whether to talk again.
                [warm] That’s completely fair, and I’m not asking you to take me on as a mentee. I’d value one conversation about one problem, in general terms, with nothing confidential on either side. If it’s useful to you too, we can decide then whether to talk again.
               *[concise] That’s fair. I’m not asking to be your mentee: I’m asking for one conversation on one problem, with nothing confidential either way. If it helps you too, we decide then about a second.
            }
        }
    }
cards-outside-short = { $shape ->
        [regular] { $tone ->
            [formal] That is fair. I am asking for { $summary }, on one problem at a time, with nothing confidential on either side.
           *[other] Fair. I’m asking for { $summary }, one problem at a time, nothing confidential either way.
        }
        [occasional] { $tone ->
            [formal] That is fair. I am asking for { $summary }, on one problem at a time, with nothing confidential on either side.
           *[other] Fair. I’m asking for { $summary }, one problem at a time, nothing confidential either way.
        }
       *[other] { $exchange ->
            [question] { $tone ->
                [formal] That is fair. I am asking one written question on one problem, with nothing confidential on either side.
                [warm] That’s fair. I’m only asking one written question on one problem, with nothing confidential on either side.
               *[concise] That’s fair. One written question on one problem, nothing confidential either way.
            }
           *[other] { $tone ->
                [formal] That is fair. I am asking for one conversation on one problem, with nothing confidential on either side.
                [warm] That’s fair. I’m only asking for one conversation on one problem, with nothing confidential on either side.
               *[concise] That’s fair. I’m asking for one conversation on one problem, nothing confidential either way.
            }
        }
    }
## What a leader at another company weighs (leader.organization: other), in place of the manager card

# A former manager knows you have a current one.
cards-inside-objection = { $relationship ->
        [former-manager] Shouldn’t your current manager, or someone at your own { shared-my-org }, be helping you with this?
       *[other] Why me? Isn’t there someone at your own { shared-my-org } who could help with this?
    }
cards-inside-means = I do not want to do your { shared-my-org }’s job, or to be seen going round your own people. Name the one part only their experience covers; check your { shared-my-org }’s rules on outside advice before you ask.
cards-inside-answer = { $tone ->
        [formal] That is a fair question. On this particular problem, { cards-your-experience } is what I cannot find inside my own { shared-my-org }.
        [warm] Fair question. On this one problem, though, { cards-your-experience } is the piece I can’t find inside my own { shared-my-org }.
       *[concise] That’s fair. On this one problem, { cards-your-experience } is what I can’t find inside my { shared-my-org }.
    }
cards-inside-short = { $tone ->
        [formal] On this particular problem, your experience is what I cannot find inside my own { shared-my-org }.
        [warm] On this one problem, your experience is the piece I can’t find inside my own { shared-my-org }.
       *[concise] Your experience on this one problem is what I can’t find inside my { shared-my-org }.
    }
# Said after the inside card's answer only when the profile says your manager knows (managerKnows: true).
cards-inside-manager-knows = { $tone ->
        [formal] My manager knows I am asking you.
       *[other] My manager knows I’m asking you.
    }
# For a public official approached from a company, the worry is a supplier's approach (reader r11).
cards-conflict-objection = { $theirSector ->
        [public-sector] { $organization ->
            [public-sector] I’d have to be careful. Advising someone at another organization could look like a conflict of interest.
           *[other] I’d have to be careful. Meeting someone from a company that could bid for our work could look like a conflict of interest.
        }
       *[other] I’d have to be careful. Advising someone at another company could look like a conflict of interest.
    }
cards-conflict-means = { $theirSector ->
        [public-sector] { $organization ->
            [public-sector] How it would look at their own { shared-their-org }, or a real conflict (a joint programme, a budget between you). Keep it to the problem in general terms and let them draw the line.
           *[other] An official must not appear to favour a possible supplier. Say that this is not about any tender or procurement, keep to the problem in general terms, and let them draw the line.
        }
       *[other] { $workplace ->
            [same] How it would look, or a real conflict (a vendor your team chooses, a tender, an audit). Keep it to the problem in general terms and let them draw the line.
           *[other] How it would look at their own { shared-their-org }, or a real conflict (a customer, a supplier, a competitor). Keep it to the problem in general terms and let them draw the line.
        }
    }
cards-conflict-answer = { $theirSector ->
        [public-sector] { $organization ->
            [public-sector] { cards-conflict-answer-public }
           *[other] { $tone ->
                [formal] That is entirely fair, and I would not want to put you in a difficult position. This is not about any tender or procurement, now or coming, and I will not raise one: I am asking about the problem in general terms. If anything comes close to a line for you, we will leave it there.
                [warm] That’s completely fair, and I don’t want to put you in an awkward spot. This isn’t about any tender or procurement, now or coming, and I won’t raise one: I’m asking about the problem in general terms. If anything gets close to a line for you, we leave it there.
               *[concise] That’s fair. This is not about any tender or procurement, and I won’t raise one. General terms only; if anything comes close to a line, we drop it.
            }
        }
       *[other] { cards-conflict-answer-company }
    }
cards-conflict-answer-company = { $tone ->
        [formal] That is entirely fair, and I would not want to put you in a difficult position. I am asking about the problem in general terms, not about your clients, prices, contracts or plans, and what you tell me stays with me: it will not be passed on inside my { shared-my-org } or used in any dealings between us. If anything comes close to a line for you, please say so and we will leave it there.
        [warm] That’s completely fair, and I don’t want to put you in an awkward spot. I’m asking about the problem in general terms, not about your customers, prices, deals or plans, and whatever you tell me stays with me: it won’t go back into my { shared-my-org } or into any deal between us. If anything gets close to a line for you, just say so and we leave it there.
       *[concise] That’s fair. General terms only: nothing about your customers, prices, deals or plans, and what you say stays with me, not with my { shared-my-org }. If anything comes close to a line, say so and we drop it.
    }
# Two public bodies: no customers or deals between them, but their own decisions, budgets and the dealings
# between the two bodies (reader 23: a Norwegian directorate).
cards-conflict-answer-public = { $tone ->
        [formal] That is entirely fair, and I would not want to put you in a difficult position. I am asking about the problem in general terms, not about your own decisions or budgets, or anything that touches the dealings between our organizations. If anything comes close to a line for you, please say so and we will leave it there.
        [warm] That’s completely fair, and I don’t want to put you in an awkward spot. I’m asking about the problem in general terms, not about your own decisions or budgets, or anything that touches our dealings with you. If anything gets close to a line for you, just say so and we leave it there.
       *[concise] That’s fair. General terms only: nothing about your own decisions or budgets, or our dealings with you. If anything comes close to a line, say so and we drop it.
    }
cards-conflict-short = { $theirSector ->
        [public-sector] { $organization ->
            [public-sector] { cards-conflict-short-company }
           *[other] { $tone ->
                [formal] I understand. This is not about any tender or procurement; the problem in general terms only, and if anything comes close to a line for you, we leave it there.
               *[other] Fair. Nothing to do with any tender or procurement: just the problem in general terms, and if anything gets close to a line for you, we leave it there.
            }
        }
       *[other] { cards-conflict-short-company }
    }
cards-conflict-short-company = { $tone ->
        [formal] I understand. The problem in general terms only: nothing about your clients, prices or plans, and what you tell me stays with me.
        [warm] Fair. Just the problem in general terms: nothing about your customers, prices or plans, and whatever you tell me stays with me.
       *[concise] That’s fair. General terms only: nothing about your customers or plans; what you say stays with me.
    }
cards-share-objection = How much could you even tell me? And I can’t talk about our internals.
cards-share-means = Both of you have things you may not share. Say what you bring (only what you may share outside your { shared-my-org }) and that what they tell you stays with you.
cards-share-answer = { $tone ->
        [formal] Only what I may share outside my { shared-my-org }: the problem and the options we are weighing, in general terms. And I would not ask about your internals; what you tell me stays with me, and I will not quote you.
        [warm] Only what I’m allowed to share outside my { shared-my-org }: the problem and the options we’re weighing, in general terms. And I won’t ask about your internals; whatever you tell me stays with me, and I won’t quote you.
       *[concise] Only what I may share outside my { shared-my-org }: the problem and our options, in general terms. I won’t ask about your internals; what you say stays with me.
    }
cards-share-short = { $tone ->
        [formal] The problem and our options in general terms, nothing more; what you tell me stays with me.
        [warm] Just the problem and our options in general terms; whatever you tell me stays with me.
       *[concise] General terms both ways; what you say stays with me.
    }

cards-think-objection = Let me think about it.
cards-think-means = A pending yes, not a no: they want time, or to look at their calendar first. Pressing now turns it into a no; leave them the summary and one date to hear back by.
cards-think-answer = { $documents ->
        [none] { $tone ->
            [formal] Of course, please take your time. I will send you the question in a short message today, and I will check back in { $reminder }, if that suits you.
            [warm] Of course, take your time. I’ll send you the question in a short message today, and I’ll check back in { $reminder }, if that works for you.
           *[concise] Of course. I’ll send the question in a short message today and check back in { $reminder }.
        }
       *[other] { $tone ->
            [formal] Of course, please take your time. I will send you a one-page summary today, so that everything is in one place, and I will check back in { $reminder }, if that suits you.
            [warm] Of course, take your time. I’ll send you a one-page summary today so it’s all in one place, and I’ll check back in { $reminder }, if that works for you.
           *[concise] Of course. I’ll send a one-page summary today and check back in { $reminder }.
        }
    }
cards-think-short = { $documents ->
        [none] { $tone ->
            [formal] Of course. I will send the question in a short message today and check back in { $reminder }.
            [warm] Of course. I’ll send the question in a short message today and check back in { $reminder }.
           *[concise] Of course. I’ll send the question in a short message today and check back in { $reminder }.
        }
       *[other] { $tone ->
            [formal] Of course. I will send a one-page summary today and check back in { $reminder }.
            [warm] Of course. I’ll send a one-page summary today and check back in { $reminder }.
           *[concise] Of course. I’ll send a summary today and check back in { $reminder }.
        }
    }
