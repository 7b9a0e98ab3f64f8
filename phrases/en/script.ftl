### The prep doc's script and the notes around it (src/core/render/rules/opening.ts, acknowledgement.ts,
### ask.ts, pause.ts, script.ts). Variables every message has: $tone, $relationship, $firstResponse… (shared.ftl).

## The first answer, when it was read from their words and not confirmed

# $reading: the first answer read from their words (a firstResponse value).
script-reading-note = **Read from their words as { $reading ->
        [no-time] “no time right now”
        [not-now] “not now, maybe later”
        [noncommittal] “a vague yes”
        [use-the-program] “use the mentoring program”
        [ask-your-manager] “talk to your manager first”
        [not-ready] “not sure you are ready”
        [no-reply] “no reply”
        [yes-with-limits] “a yes with limits”
        [referral] “talk to someone else”
        [doubts-fit] “not sure they are the right person”
        [declined] “no”
       *[other] an answer
    }; confirm it in the profile (What they said the first time), or pick the right one: every document follows it.**

## The opening's acknowledgement of their first answer (rules/acknowledgement.ts)

# $offered: what they offered, said back to them ("to chat when you’re in London").
script-ack-offered = { $tone ->
        [formal] When I first asked, you kindly offered { $offered }. I would like to take you up on exactly that, and no more.
        [warm] Last time you offered { $offered }, and I’d love to take you up on exactly that, and no more.
       *[concise] You offered { $offered }. I’m taking you up on exactly that.
    }
script-ack-limits = { $tone ->
        [formal] When I first asked, you offered some of your time within clear limits. I would like to stay well inside them.
        [warm] Last time you offered some of your time, within limits, and I want to stay well inside them.
       *[concise] You offered some time, within limits. I’ll stay inside them.
    }
# $referTo: who they named instead of themselves.
script-ack-referral-named = { $tone ->
        [formal] You suggested I speak with { $referTo }, and I have. What I would still value your view on is one specific decision.
        [warm] You suggested I talk to { $referTo }, and I did. What I’d still love your take on is one specific decision.
       *[concise] You suggested { $referTo }; I talked to them. One decision still needs you.
    }
script-ack-referral = { $tone ->
        [formal] You suggested I speak with someone else, and I have. What I would still value your view on is one specific decision.
        [warm] You suggested I talk to someone else, and I did. What I’d still love your take on is one specific decision.
       *[concise] You suggested someone else; I talked to them. One decision still needs you.
    }

## The ask, when it is one conversation and no trial (rules/ask.ts)

# $topic: one (the decision is named in the connection) or none (where to start).
script-ask-offered = { $tone ->
        [formal] So my request is exactly what you offered: { $offered }, on { $topic ->
                [one] this single decision
               *[none] where we should start
            }. Anything beyond that would be for you to suggest.
        [warm] So my ask is exactly what you offered: { $offered }, on { $topic ->
                [one] this one decision
               *[none] where we should start
            }. Anything more would be your call.
       *[concise] The ask is what you offered: { $offered }, on { $topic ->
                [one] this one decision
               *[none] where to start
            }. Anything more is your call.
    }
# $written: yes when everything proposed is written (one written question, not a conversation).
script-ask-limits = { $tone ->
        [formal] So my request stays within what you offered: { $written ->
                [yes] one written question
               *[no] one conversation
            } on { $topic ->
                [one] this single decision
               *[none] where we should start
            }. Anything beyond that would be for you to suggest.
        [warm] So my ask stays within what you offered: { $written ->
                [yes] one written question
               *[no] one conversation
            } on { $topic ->
                [one] this one decision
               *[none] where we should start
            }. Anything more would be your call.
       *[concise] The ask stays within what you offered: { $written ->
                [yes] one written question
               *[no] one conversation
            } on { $topic ->
                [one] this one decision
               *[none] where to start
            }. Anything more is your call.
    }
# A doubt about fit: one conversation first; a second is theirs to offer. $minutes: its length.
# $referred: yes when they already named someone who fits better (no second referral asked for).
script-ask-one-first = { $tone ->
        [formal] So my request is small: one conversation of { $minutes } minutes on { $topic ->
                [one] this single decision
               *[none] where we should start
            }. { $referred ->
                [yes] A second conversation would be yours to offer.
               *[no] If afterwards you think someone else would fit better, I would welcome that; a second conversation would be yours to offer.
            }
        [warm] So my ask is small: one conversation of { $minutes } minutes on { $topic ->
                [one] this one decision
               *[none] where we should start
            }. { $referred ->
                [yes] A second conversation would be yours to offer.
               *[no] If afterwards you think someone else would fit better, I’d welcome that; a second conversation would be yours to offer.
            }
       *[concise] I’m asking for one conversation of { $minutes } minutes on { $topic ->
                [one] this one decision
               *[none] where to start
            }. { $referred ->
                [yes] A second one is yours to offer.
               *[no] If someone else fits better afterwards, fine; a second one is yours to offer.
            }
    }
script-ask-one-first-written = { $tone ->
        [formal] So my request is small: one written question on { $topic ->
                [one] this single decision
               *[none] where we should start
            }. { $referred ->
                [yes] A second conversation would be yours to offer.
               *[no] If afterwards you think someone else would fit better, I would welcome that; a second conversation would be yours to offer.
            }
        [warm] So my ask is small: one written question on { $topic ->
                [one] this one decision
               *[none] where we should start
            }. { $referred ->
                [yes] A second conversation would be yours to offer.
               *[no] If afterwards you think someone else would fit better, I’d welcome that; a second conversation would be yours to offer.
            }
       *[concise] I’m asking for one written question on { $topic ->
                [one] this one decision
               *[none] where to start
            }. { $referred ->
                [yes] A second one is yours to offer.
               *[no] If someone else fits better afterwards, fine; a second one is yours to offer.
            }
    }

## A leader at another company (issue 21, item 2)

# Said once in the ask: what is shared across the two companies and what is kept.
script-ask-outside-share = { $tone ->
        [formal] I would keep it to the architecture problem in general terms: nothing confidential from my company, and anything you tell me about yours stays with me.
        [warm] I’d keep it to the architecture problem in general terms: nothing confidential from our side, and anything you share about yours stays with me.
       *[concise] General terms only: nothing confidential from my side, and what you tell me about yours stays with me.
    }
# The pause's line for a leader at another company. $company: "Lumen", or "none" when not named.
script-listen-outside = If they ask about your company’s work, answer in general terms: no customer names, figures, plans or code that are not public. Keep what they tell you about { $company ->
        [none] their company
       *[other] { $company }
    } to yourself.

# The opening's note when the profile does not say whether your manager knows: the line to add
# once they do (never a marker inside a spoken line). $claim: the line(s), as they would be said.
script-manager-add = { claim-manager-add-lead } “{ $claim }” The “Manager first” template in Mentorship Prep prepares that conversation.
