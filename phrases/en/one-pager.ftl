### The one-page proposal sent before the meeting (templates/one-pager.hbs). Which of these is said,
### and in what order, is decided in src/core/render/rules/one-pager.ts; sentences of one paragraph
### are joined by a space.
### Variables every message has: $tone (formal, warm, concise), $relationship, $hierarchy… (shared.ftl).
### $challenge, $challengeIs, $challengeTopic: the challenge as said to them; $rhythm: the rhythm proposed;
### $single: yes after a no or no reply (one conversation, no trial).

## The note to you above the page

# $attach: yes when the ask is itself a written message; $named: yes when you address them by a name ($addressAs).
# $informal: yes when they offered something informal (a coffee, a fika): the page is not sent.
# A page not to send has no "Delete this line before sending": the two cannot both be true.
# $noDocuments: yes when they ruled out documents ("no decks", "keep it short"): the page is not sent.
one-pager-note = { $noDocuments ->
    [yes] Not to send: they ruled out documents. Use this page to get your own thinking clear; what they see is the message itself: three lines of context, your pick, and why.
   *[no] { one-pager-note-sent }
    }
one-pager-note-sent = { $informal ->
    [yes] Not to send: they offered something informal, so there is no pre-read. Use this page to get your one question clear, then leave it at your desk.
   *[no] { $attach ->
        [asked] Not to send: they asked for something short in writing, and the note itself holds the decision; keep this page to hand in case they ask for the context.
        [yes] { $firstResponse ->
            [yes-with-limits] Not needed for the first note, which holds the decision itself: keep it to hand in case they ask for the context.
           *[other] Attach it to your message{ $relationship ->
                [executive] , to { $named ->
                    [yes] { $addressAs }
                   *[no] them
                } and, if they use one, their { shared-assistant }
               *[other] {""}
            }. Many leaders read these on a phone between meetings, so it stays short: do not add to it. Delete this line before sending.
        }
       *[no] { $firstResponse ->
            [referral] Not before you have met the person they named: only if a question is still open then, send it a day or two before that conversation
           *[other] Send it a day or two before the meeting
        }{ $relationship ->
            [executive] , to { $named ->
                [yes] { $addressAs }
               *[no] them
            } and, if they use one, their { shared-assistant }
           *[other] {""}
        }. Many leaders read these on a phone between meetings, so it stays short: do not add to it. Delete this line before sending.
    }
    }

## The bottom line

one-pager-bottom-label = { $tone ->
        [formal] In one sentence
       *[other] In short
    }
one-pager-bottom-line-single = { $tone ->
        [formal] I would like to ask for your perspective on { $challengeTopic }: { $rhythm }, on one decision, with all of the preparation on my side, and nothing more unless you offer it.
        [warm] { warm-love } your perspective on { $challengeTopic }: { $rhythm }, on one decision, with the prep on me, and nothing more unless you offer it.
       *[concise] your view on { $challengeTopic }: { $rhythm }, one decision. I do the prep. Nothing more unless you offer it.
    }
one-pager-bottom-line-trial = { $tone ->
        [formal] I would like to ask for your perspective on { $challengeTopic }: { $rhythm }, for a three-month trial, with all of the preparation on my side.
        [warm] { warm-love } your perspective on { $challengeTopic }: { $rhythm }, for a three-month trial, with the prep on me.
       *[concise] your view on { $challengeTopic }: { $rhythm }, for three months. I do the prep.
    }

## The problem

one-pager-problem = { $tone ->
        [formal] Our current challenge is { $challengeIs }.
       *[other] What we’re up against: { $challenge }.
    }
# $goal: your goal, as it follows "I want to". The profile does not say what is at stake for the
# company, so nothing is claimed for it (reader 7: "reliability while it grows" for a cloud-bill
# cut); the goal you wrote is said instead, and without one the paragraph ends with the problem.
one-pager-stakes-goal = { $tone ->
        [formal] Solving it is also a step toward my own goal: to { $goal }.
        [warm] For me, it’s also a step toward what I’m working for: to { $goal }.
       *[concise] It is also a step toward my goal: to { $goal }.
    }

## Why you

# $expertise: what they are known for; $hasInitiative: yes when their initiative ($initiative) is known; $bridge: what you want their view on.
one-pager-in-the-work = { $hasInitiative ->
        [yes] , in the work on { $initiative }
       *[no] {""}
    }
one-pager-why-you-former-manager = Having managed me, you know how I work and where my blind spots are, and you have the experience this needs: { $expertise }{ one-pager-in-the-work }. What I am missing is your view on { $bridge }. This is not about my career; it is about one hard problem.
one-pager-why-you = { $tone ->
        [formal] Your experience with { $expertise }{ one-pager-in-the-work }, is the closest thing we have to a map for this. Specifically, I would value your view on { $bridge }.
        [warm] This needs the experience you have: { $expertise }{ one-pager-in-the-work }. That’s the experience I don’t have yet, and I’d really value your view on { $bridge }.
       *[concise] Your experience with { $expertise }{ $hasInitiative ->
            [yes] {" "}({ $initiative })
           *[no] {""}
        } fits this exactly. I want your view on { $bridge }.
    }
one-pager-why-you-across-teams = { $tone ->
        [concise] You also see across the teams in your area, so your view keeps us consistent with the teams around us.
       *[other] You also see across the teams in your area, so your view would help us avoid solving this differently from the teams around us.
    }
one-pager-why-you-remit = { $tone ->
        [concise] I know this is outside your team’s remit, so the ask is small and the benefit shared.
       *[other] I know this sits outside your own team’s remit, so I have kept the ask small and the benefit shared.
    }

## The ask

one-pager-shape = { $tone ->
        [formal] One possible shape, which I would gladly adapt:
       *[other] One possible shape, happy to adapt it:
    }
one-pager-ask-label = { $single ->
        [yes] What I ask
       *[no] Rhythm
    }
# $recurring: yes for a standing rhythm ($total: what it costs in time); $reviewMinutes: the review's length.
one-pager-trial = { $recurring ->
        [yes] { $total }
       *[no] three months
    }, then { $format ->
        [async] a short review in writing
       *[other] a { $reviewMinutes }-minute review
    }.
one-pager-stopping-fine = { $tone ->
        [formal] Stopping at that point is a perfectly good outcome.
        [warm] If it isn’t useful by then, we stop, and that’s a fine outcome.
       *[concise] Stopping then is fine.
    }
# $later: they had named a month and this is it; the month proposed if it is still not the time, or "none".
one-pager-start = { $later ->
        [none] { $comeBackOn ->
            [condition] whenever suits you. If now is still not the moment, I will come back when what you are waiting for is done, and not before.
           *[other] whenever suits you. If now is not the moment, name a month and I will come back then.
        }
       *[other] whenever suits you. If now is still not the moment, I will come back in { $later }, unless you would rather name another month.
    }
one-pager-your-preference = { $tone ->
        [formal] If another rhythm or format suits you better, I will gladly follow your preference.
       *[other] If another rhythm or format suits you better, you choose.
    }

## What I do, what you get

one-pager-i-do-single = { $tone ->
        [concise] the prep: the decision, my options and my recommendation beforehand, a summary afterwards.
       *[other] all of the preparation: the decision, my options and my recommendation beforehand, and a short written summary afterwards.
    }
one-pager-i-do-async = { $tone ->
        [concise] one decision per note, with options and my recommendation; a summary of your reply; and skipping a round when I have nothing worth your time.
       *[other] one decision per note, with the options and my recommendation, short enough to answer in a few minutes; a summary of your reply that the team can use; and skipping a round whenever I have nothing worth your time.
    }
one-pager-i-do = { $tone ->
        [formal] the scheduling; one decision per session, with the options and my recommendation; a pre-read the day before; a written summary afterwards; and a cancellation whenever I have nothing worth your time.
        [warm] all the legwork: the scheduling, one decision per session with my options and a recommendation, a pre-read the day before, a summary afterwards, and cancelling whenever I don’t have something worth your time.
       *[concise] scheduling, one prepared decision per session, a pre-read, a written summary, and cancelling when I have nothing worth your time.
    }
one-pager-you-get = a decision made with your experience rather than without it, on { $challengeTopic }.
# $value: what you bring; $clause: yes when it is a sentence of its own (it ends with its own period).
one-pager-from-me = { $clause ->
        [yes] And from me: { $value }
       *[no] And from me: { $value }.
    }
# The same framing the script says aloud (script-ask-executive-framing), for the same organization.
one-pager-framed = each decision in terms of what it means for { shared-stake-owner }, not only the technology.
one-pager-what-changes = { $tone ->
        [concise] you are not responsible for my career now. I bring decisions, not status reports.
       *[other] you are no longer responsible for my career, so I will bring decisions and questions, never status reports.
    }
one-pager-manager-knows = they know about this and get every summary.
# Skip-level, and the profile does not say whether your manager knows: the line to add, outside the one-pager's text.
one-pager-note-add-manager = { claim-manager-add-lead } “**My manager is in the loop:** { one-pager-manager-knows }”
one-pager-team-gets = a short write-up of what we learn, if it is useful to them.
# A leader at another company (issue 21, item 2): what is shared across the two companies.
one-pager-outside-label = What stays private
one-pager-outside-private = { $tone ->
        [concise] nothing confidential from my { shared-my-org }; what you tell me about yours stays with me.
       *[other] I bring the problem in general terms and nothing confidential from my { shared-my-org }, and what you tell me about yours stays with me.
    }

## What success looks like

one-pager-success-single = { $tone ->
        [formal] A good outcome is a decision we would both be comfortable with, made with your input. Nothing further is asked of you.
        [warm] A good outcome is a decision we’d both be comfortable with, made with your input. Nothing further is asked of you.
       *[concise] A good outcome: a decision made with your input. Nothing further asked.
    }
# $success: the success they would see at the review, as you named it.
one-pager-success-named = { $tone ->
        [formal] { $register ->
                [neutral] At the three-month review, success would mean: { $success }. If it is not working, either of us may end it, and that is a good outcome too.
               *[other] At the three-month review, success would mean: { $success }. And if it is not working, we stop with no hard feelings.
            }
        [warm] { $register ->
                [neutral] What I’d hope to show you at the three-month review: { $success }. If it isn’t working, either of us can end it, and that’s fine.
               *[other] What I’d hope to show you at the three-month review: { $success }. And if it isn’t working, we stop, no hard feelings.
            }
       *[concise] Success at three months: { $success }. Then we decide together: continue, change or stop.
    }
one-pager-success-review = { $tone ->
        [formal] At the three-month review, we decide together whether to continue; stopping is a perfectly good outcome.
        [warm] { $register ->
                [neutral] At the three-month review, we decide together whether to keep going; stopping is a good outcome too.
               *[other] At the three-month review, we decide together whether to keep going, no hard feelings either way.
            }
       *[concise] At three months we review; stopping is fine.
    }

## The closing line: an easy way to say no

one-pager-close-indirect = { $tone ->
        [formal] If the timing is not right, I completely understand; a short reply is all it takes.
        [warm] If the timing isn’t right, I completely understand; a one-line reply is plenty.
       *[concise] If the timing is wrong, a one-line reply is fine.
    }
one-pager-close-hierarchical = { $tone ->
        [formal] Thank you for considering it; I will follow your lead on the next step.
        [warm] Thank you for considering it; I’ll follow your lead on what comes next.
       *[concise] Thank you for considering it; next steps are up to you.
    }
# After a yes with limits: agreed already, nothing to say no to.
one-pager-close-agreed = { $tone ->
        [formal] Thank you for offering this; I will keep to it.
        [warm] Thank you for offering this; I’ll keep to exactly that.
       *[concise] Thanks for the offer; I’ll keep to it.
    }
one-pager-close = { $tone ->
        [formal] A plain yes or no is all I need, and either answer is fine.
        [warm] A plain yes or no is perfect, and either is fine.
       *[concise] Either answer is completely fine.
    }

## Labels of the ask's and the offer's optional bullets (templates/one-pager.hbs)

one-pager-trial-label = Trial
one-pager-fallback-label = If that is still too much
one-pager-start-label = Start
one-pager-framed-label = Framed for you
one-pager-what-changes-label = What changes from before
one-pager-manager-knows-label = My manager is in the loop
one-pager-team-gets-label = Your team gets
