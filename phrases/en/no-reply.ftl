### The reply to a no or a "not now" (templates/no-reply.hbs). Which of these is said, and in what order,
### is decided in src/core/render/rules/no-reply.ts; sentences of one paragraph are joined by a space.
### Variables every message has: $tone (formal, warm, concise), $relationship, $hierarchy… (shared.ftl).
### $expertise: what they are known for; $challengeTopic: the challenge mid-sentence; $referral: whom they suggested.

## The note to you above the messages

no-reply-note = Send it the same day. It has three jobs: thank them, leave the door open, and ask who else could help. Do not argue, do not ask why, and do not pitch again.
no-reply-note-indirect = Where “that might be difficult” means no, treat it as a clear answer and reply just as graciously.

## If the answer was no

no-reply-subject = { $tone ->
        [formal] Thank you for considering my request
        [warm] Thank you, and one small question
       *[concise] Thanks, and one question
    }
no-reply-thanks = { $tone ->
        [formal] Thank you for taking the time to consider my request, and for your clear answer.
        [warm] Thanks so much for thinking it over and for the clear answer.
       *[concise] Thanks for considering it, and for the clear answer.
    }
no-reply-thanks-indirect = { $tone ->
        [formal] Thank you for giving my request such careful thought.
        [warm] Thanks so much for thinking it over so carefully.
       *[concise] { no-reply-thanks }
    }
no-reply-understand = { $tone ->
        [formal] I understand.
        [warm] I completely understand.
       *[concise] Understood.
    }
no-reply-understand-executive = { $tone ->
        [formal] I understand, and I know how many demands there are on your time.
        [warm] I completely understand; I know how much is on your plate.
       *[concise] Understood; I know how full your plate is.
    }
# Said in the formal and warm tones only.
no-reply-cross-team = { $tone ->
        [formal] I know the request came from outside your own { $workplace ->
            [other] company
           *[same] team
        }, which makes your consideration all the more appreciated.
       *[warm] I know this came from outside your { $workplace ->
            [other] company
           *[same] team
        }, so I really appreciate you taking the time.
    }
no-reply-former-manager = { $tone ->
        [formal] I remain grateful for our time working together.
        [warm] I’m still grateful for our time working together.
       *[concise] Still grateful for our time working together.
    }
no-reply-keep-working = { $tone ->
        [formal] I will keep working on the problem.
       *[other] I’ll keep working on the problem.
    }
no-reply-one-question = { $tone ->
        [formal] If a decision comes up where your experience would make the difference, I hope I may ask you a single question then.
        [warm] If I hit a decision where your experience would make all the difference, would it be all right to ask you one question then?
       *[concise] If a decision gets stuck where your experience matters, may I ask one question then?
    }
no-reply-one-question-async = { $tone ->
        [formal] If a decision comes up where your experience would make the difference, I hope I may send you a single written question then.
        [warm] If I hit a decision where your experience would make all the difference, would it be all right to send you one written question?
       *[concise] If a decision gets stuck where your experience matters, may I send one question then?
    }
no-reply-anyone-else = { $tone ->
        [formal] Is there anyone else you would suggest I speak with?
        [warm] Is there anyone else you’d suggest I talk to?
       *[concise] Anyone else you’d suggest?
    }
# Said in the formal and warm tones only.
no-reply-you-know-my-work = { $tone ->
        [formal] You know my work better than most, so your suggestion would mean a great deal.
       *[warm] You know how I work better than most.
    }
no-reply-someone = Is there someone you would suggest I speak with?
# When the door is still open, the warm tone adds an "And".
no-reply-someone-and = { $tone ->
        [warm] And is there someone you would suggest I speak with?
       *[other] { no-reply-someone }
    }
no-reply-someone-in-team = { $tone ->
        [formal] Perhaps someone in your team who has worked on { $expertise }.
        [warm] Maybe someone in your team who has worked on { $expertise }?
       *[concise] Someone in your team with experience in { $expertise }, perhaps?
    }
no-reply-no-need-to-reply = { $tone ->
        [formal] There is no need to reply if no one comes to mind.
       *[other] No need to reply if no one comes to mind.
    }

## If the answer was "not now"

no-reply-not-now-subject = { $tone ->
        [formal] Thank you; I will come back to this { shared-month-in }
       *[other] { $comeBackOn ->
            [condition] Thanks; I’ll come back { shared-month-in }
           *[other] Thanks, and see you { shared-month-in }
        }
    }
no-reply-not-now-thanks = { $tone ->
        [formal] Thank you for considering my request.
        [warm] Thanks for hearing me out.
       *[concise] Thanks.
    }
no-reply-not-now-understood = { $tone ->
        [formal] I understand that the timing is difficult, and I appreciate you telling me so.
        [warm] { $register ->
                [neutral] I understand that the timing is difficult.
               *[other] Totally understood on the timing.
            }
       *[concise] Understood on timing.
    }
no-reply-not-now-come-back = { $tone ->
        [formal] { $hierarchy ->
            [hierarchical] With your permission, I will get back in touch { shared-month-in }, at whatever time suits you then; I will hold the date, so there is nothing for you to remember.
           *[other] If that suits you, I will get back in touch { shared-month-in }; I will hold the date, so there is nothing for you to remember.
        }
        [warm] I’ll get back in touch { shared-month-in }, and I’ll keep track of it, so there’s nothing for you to remember.
       *[concise] I’ll check back { shared-month-in }; I’ll keep track of the date.
    }
# $pronoun: her, him or them, for the person named (referral.ts pronounOf).
no-reply-meantime-stay-in-touch = { $channel ->
        [yes] { $tone ->
            [concise] Meanwhile, { stay-in-touch }
           *[other] In the meantime, { stay-in-touch }
        }
       *[no] { $tone ->
            [formal] Thank you for pointing me to { $referral }; in the meantime, I will get in touch with { $pronoun }, as you suggested, and let you know how it goes.
            [warm] Thanks for pointing me to { $referral }; in the meantime, I’ll get in touch with { $pronoun }, as you suggested, and let you know how it goes.
           *[concise] Meanwhile, I’ll get in touch with { $referral } and let you know how it goes; thanks for the pointer.
        }
    }
no-reply-meantime-someone = { $tone ->
        [concise] Meanwhile, is there someone you would suggest I speak with about { $challengeTopic }?
       *[other] In the meantime, is there someone you would suggest I speak with about { $challengeTopic }?
    }

## Then

no-reply-then-calendar = For a “not now”, put the date in your own calendar, not theirs.
# $named: yes when they already named someone ($referral): that person is named, not "if they suggest someone".
no-reply-then-referral = { $named ->
        [yes] Write to { $referral } within a week, if you have not already, and say who suggested you
       *[no] If they suggest someone, write to that person within a week and say who suggested you
    }{ $relationship ->
        [executive] : a referral from an executive opens doors, so use it with care.
        [cross-team] { $workplace ->
            [other] .
           *[same] , then tell the leader you did, which closes the loop for their team.
        }
       *[other] .
    }
no-reply-then-milestone = Keep working on the problem where they can see it, and send a two-line note when it reaches a milestone.
no-reply-then-no-ask = This was your second ask, so the note carries no ask of its own.
no-reply-then-yes-later = A no today often turns into a yes once they see how you use advice.
no-reply-then-tell-manager = Tell your manager the outcome the same day. They backed the request and should not hear it from someone else.
# The profile does not say your manager knows (managerKnows unset or false): nothing is claimed.
no-reply-then-tell-manager-if-told = If your manager knew about the request, tell them the outcome the same day; they should not hear it from someone else.
no-reply-then-keep-relationship = Keep the relationship as it was before you asked. A no to mentoring is not a no to you.
no-reply-then-elsewhere = Find help elsewhere meanwhile: senior engineers in other teams, peers in other companies, communities around the problem.
