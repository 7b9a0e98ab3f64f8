### The talk with your own manager before you ask the leader (templates/manager-first.hbs). Which of
### these is said, and in what order, is decided in src/core/render/rules/manager-first.ts; sentences
### of one paragraph are joined by a space.
### Variables every message has: $tone (formal, warm, concise), $relationship, $hierarchy… (shared.ftl).
### $them: how you name the leader (how you address them, else their name); $they, $him, $their: the
### leader's pronouns ("she", "her", "her"); $named: yes when you address them by a name ($addressAs).

## The note to you above the script

# $before: go-back (they sent you to your manager), next (asked once already), first.
manager-first-note = Have this conversation before { $before ->
        [go-back] you go back to
        [next] your next message goes to
       *[first] any message goes to
    } { $them }, in your regular 1:1 rather than in passing, and give it five minutes.
manager-first-note-hierarchy = { $hierarchy ->
        [hierarchical] In a hierarchical organization your manager may want to raise it with { $them } first or make the introduction: offer that, and wait for their answer before you write.
       *[flat] In a flat organization this is a heads-up, not a request for permission; still, nobody likes hearing about it second-hand.
    }
# Your manager already knows about the request (managerKnows): said once, here; the rest is an update.
manager-first-note-known = Your manager already knows about your request to { $them }. Use this as a short update before { $before ->
        [go-back] you go back to
        [next] your next message goes to
       *[first] any message goes to
    } { $them }: what you will ask now, and how you keep them in the loop. Five minutes in your regular 1:1 is enough.
manager-first-note-indirect = Where people rarely say things head-on, ask for their advice rather than announcing a plan, and let them suggest how to approach { $them }.

## Why this conversation comes first, by who the leader is to you

manager-first-why-skip-level = { $them } sits above your manager. If your manager hears about your request from { $them } before hearing it from you, it looks like going around them, and the mentoring starts with a trust problem for all three of you. Told first, your manager becomes its sponsor: they can back the request, and { $them } will almost certainly ask whether they know.
# $arrangement: single (one conversation), standing (a recurring rhythm), other.
manager-first-why-cross-team = { $them } leads another team. Without a word from you, your manager may read { $arrangement ->
        [single] a conversation
        [standing] a standing arrangement
       *[other] an arrangement
    } with another team’s leader as a move in the making, or worry that their priorities will start pulling on yours. Told first, your manager can confirm the work is yours to take outside the team, and may even open the door.
manager-first-why-executive = { $them } is an executive. A request to someone that senior reflects on your manager as well as on you, and executives often check with the line before saying yes. Told first, your manager is not caught out when { $them } asks about you, and can say something good.
manager-first-why-former-manager = { $them } used to be your manager. Your current manager may wonder whether you are going back to your old boss for the support they are meant to give. The point of this conversation is the opposite: your manager stays your manager, and hears everything that touches your role or the team from you first.
# A leader at another company (issue 21, item 2). $company: "Lumen", or "none" when not named.
manager-first-why-outside = { $them } works at { $company ->
        [none] another { shared-their-org }
       *[other] { $company }
    }, not here. Advice from outside the { shared-my-org } touches what you may share, and your manager is the one who can say where that line is. Told first, your manager can agree what stays inside, and never hears second-hand that your work was discussed elsewhere.
manager-first-why-known = They know already, so this is not about permission. { $before ->
        [first] What they do not know yet is exactly what you will ask and how
       *[other] The ask has changed since they heard of it
    }: a manager who hears that from you stays its sponsor; one who hears it from { $them } does not.
manager-first-why-outside-known = { $them } works at { $company ->
        [none] another { shared-their-org }
       *[other] { $company }
    }, not here: agree with your manager what you may share outside the { shared-my-org }.
manager-first-why-suggested = { $them } already suggested you talk to your manager first. Say so: it tells your manager that the leader is open to the idea, and turns this into a request for their support, not for permission.

## The script: four beats

manager-first-script-note = Four beats: why, what you will ask, how it helps the team, how you will keep them in the loop. Then ask what they think, and listen.

# What you ask for, said in the script and in the answer for an executive.
# $size: written (one written question), single (one conversation of $minutes), trial ($summary, three months),
# offered (a yes with limits: $summary is what they offered, as you say it to your manager).
# $size referral: one conversation with the person they named ($referTo); of the leader ($them), one later only if needed.
# [offered-kind]: an informal offer in plain English words ("a coffee"), never their own words, in
# whatever language, inside your spoken sentence. $they is "they" when the profile gives no pronoun:
# then their name ($them).
manager-first-size = { $size ->
        [offered] what { $they ->
            [they] { $them }
           *[other] { $they }
        } offered, { $summary }
        [offered-kind] { offer-kind }, as { $they ->
            [they] { $them }
           *[other] { $they }
        } offered
        [referral] one conversation with { $referTo }, as { $them } suggested; of { $them }, at most { $written ->
            [yes] one written question
           *[no] a single { $minutes }-minute conversation
        } afterwards, and only if a question is still open
        [written] one written question on one decision
        [single] a single { $minutes }-minute conversation on one decision
       *[trial] { $summary }, for three months
    }
# "Dana has" or "She has": $addressAs when you address them by a name, else $theyHave ("She has").
manager-first-who-has = { $named ->
        [yes] { $addressAs } has
       *[no] { $theyHave }
    }

# Beat one: before anything, what happened so far. Said before the rest except in the concise tone.
manager-first-lead = { $tone ->
        [formal] Before I do anything, I would like your view on something.
       *[other] Can I run something by you before I do anything with it?
    }
# Your manager already knows about the request (managerKnows): an update, not a first mention.
manager-first-lead-known = { $tone ->
        [formal] A short update on the mentoring request you know about.
        [warm] A quick update on the mentoring request you know about.
       *[concise] Quick update on the request you know about.
    }
manager-first-sent-to-you = { $tone ->
        [formal] I asked { $them } about mentoring, and { $they } suggested I speak with you first.
        [warm] I asked { $them } about mentoring, and { $they } suggested I talk to you first.
       *[concise] I asked { $them } about mentoring; { $they } said to check with you first.
    }
manager-first-no-reply = { $tone ->
        [formal] I wrote to { $them } about mentoring a while ago and have not had a reply. Before I ask once more, more specifically, I would value your view.
        [warm] I wrote to { $them } about mentoring a while back and never heard back. Before I try once more, more specifically, I’d like your take.
       *[concise] I wrote to { $them } about mentoring a while ago; no reply. I’d like to ask once more, more specifically. Can I have your view first?
    }
# $untold: yes when the profile says your manager did not know before you first asked (managerKnows:
# false): the apology came just before (manager-first-should-have-said), so no "you should hear it first".
# $they: "they" when the profile does not say the leader's pronoun: then no pronoun after their name.
manager-first-declined = { $tone ->
        [formal] I asked { $them } about mentoring, and { $they ->
            [they] the answer was no
           *[other] { $they } declined
        }. I would like to ask for one conversation on a single decision instead, and I wanted you to hear it from me{ $untold ->
            [yes] {""}
           *[other] {" "}first
        }.
        [warm] I asked { $them } about mentoring, and { $they ->
            [they] the answer was no
           *[other] { $they } said no
        }. I’d like to ask for just one conversation on a single decision, and I wanted you to hear it from me{ $untold ->
            [yes] {""}
           *[other] {" "}first
        }.
       *[concise] I asked { $them } about mentoring, and { $they ->
            [they] the answer was no
           *[other] { $they } said no
        }. I’d like to ask for one conversation on one decision instead, and wanted you to hear it from me{ $untold ->
            [yes] {""}
           *[other] {" "}first
        }.
    }
# Asked once already while your manager did not know (managerKnows: false): said before what happened.
manager-first-should-have-said = { $tone ->
        [formal] I should have told you this before I first asked, and I am sorry I did not.
        [warm] I should have told you this before I first asked, and I’m sorry I didn’t.
       *[concise] I should have told you this before I first asked; sorry.
    }
manager-first-asked-recently = { $tone ->
        [concise] I asked { $them } for guidance recently.
       *[other] I asked { $them } for some guidance recently.
    }
# What they answered, in a few words of yours: their own words are theirs, not to be read out to a
# third person (reader r8: a CTO's self-deprecation quoted to your manager).
manager-first-asked-recently-answer = { $tone ->
        [concise] I asked { $them } for guidance recently
       *[other] I asked { $them } for some guidance recently
    }, and the answer was { $firstResponse ->
        [yes-with-limits] { $limits ->
            [none] a yes, within clear limits.
           *[other] a yes, on { $their } terms: { $limits }.
        }
        [doubts-fit] kind, but unsure about the fit.
        [referral] to talk to someone else as well.
        [no-time] a yes in principle, with no time for it then.
        [not-now] to come back to it later.
        [not-ready] that I might not be ready yet.
        [use-the-program] to go through the mentoring program.
       *[other] friendly, but not a yes yet.
    }
manager-first-go-back-smaller = { $firstResponse ->
        [referral] { $referTo ->
            [none] { manager-first-go-back-smaller-other }
           *[other] { $tone ->
                [formal] So I will talk to { $referTo } first, and go back to { $them } only if a question is still open after that. I would value your view before I do.
                [warm] So I’ll talk to { $referTo } first, and only go back to { $them } if a question is still open after that. I’d like your take before I do.
               *[concise] So I’ll talk to { $referTo } first, and go back to { $them } only if a question is still open. Can I have your view first?
            }
        }
        [yes-with-limits] { $tone ->
            [formal] I would like to take { $him } up on exactly that, and I would value your view before I do.
            [warm] I’d like to take { $him } up on exactly that, and I’d like your take before I do.
           *[concise] I’d like to take { $him } up on it. Can I have your view first?
        }
       *[other] { manager-first-go-back-smaller-other }
    }
manager-first-go-back-smaller-other = { $tone ->
        [formal] I would like to go back with a smaller, more specific request, and I would value your view before I do.
        [warm] I’d like to go back with something smaller and more specific, and I’d like your take before I do.
       *[concise] I’m going back with a smaller ask. Can I have your view first?
    }
manager-first-plan = { $tone ->
        [formal] { $communication ->
            [indirect] I have been thinking of asking { $them } for some guidance, and I would value your advice on how best to approach it.
           *[other] I am planning to ask { $them } for some guidance.
        }
        [warm] { $communication ->
            [indirect] I’ve been thinking about asking { $them } for some guidance, and I’d really like your advice on how to approach it.
           *[other] I’d like to ask { $them } for some guidance.
        }
       *[concise] { $communication ->
            [indirect] I’m thinking of asking { $them } for guidance. How would you approach it?
           *[other] I plan to ask { $them } for guidance.
        }
    }

# Beat two: why them, and how small the ask is. $challengeIs: after "is"; $challengeTopic: after "on";
# $askSize: manager-first-size, said first and passed in (so an override of it reaches this line).
manager-first-why-them = { $tone ->
        [formal] The reason is { $challengeIs }. { manager-first-who-has } direct experience with { $expertise }, and that is the perspective we do not yet have in the team. My request is small: { $askSize }{ $size ->
            [trial] . After that, we would review it
           *[other] {""}
        }.
        [warm] It’s about { $challengeTopic }. { manager-first-who-has } real experience with { $expertise }, and nobody on our team has that yet. The ask is small: { $askSize }{ $size ->
            [trial] . Then we see if it’s still useful
           *[other] {""}
        }.
       *[concise] It’s about { $challengeTopic }. { manager-first-who-has } experience with { $expertise }; we don’t. I’m asking for { $askSize }{ $size ->
            [trial] , then a review
           *[other] {""}
        }.
    }

# Beat three: what the team gets. $single: yes after a no or no reply (one conversation); $unit: session, exchange.
manager-first-team-gains = { $tone ->
        [formal] It would help the team directly: we would make a better decision on { $challengeTopic }. And the team could reuse { $single ->
            [yes] a written summary of that conversation
           *[no] a written summary of every { $unit }
        }.
        [warm] The team gets the benefit: we’d make a better call on { $challengeTopic }. And the team can reuse { $single ->
            [yes] a write-up of it
           *[no] a write-up of every { $unit }
        }.
       *[concise] The team gets a better decision and a reusable write-up{ $single ->
            [yes] {""}
           *[no] {" "}of each { $unit }
        }.
    }
manager-first-not-instead = { $tone ->
        [formal] { $relationship ->
            [former-manager] It is not about my career or my role; those stay with you.
           *[other] It complements your support; it does not replace it.
        }
        [warm] { $relationship ->
            [former-manager] And to be clear, this isn’t about my career or going back; you’re my manager.
           *[other] It adds to what I get from you; it doesn’t replace it.
        }
       *[concise] { $relationship ->
            [former-manager] My role and career stay with you.
           *[other] It adds to your support, not replaces it.
        }
    }

# Beat four: how they stay in the loop, then a question for them.
manager-first-summary-to-you = { $tone ->
        [formal] I will share the written summary { $single ->
            [yes] of the conversation
           *[no] of each { $unit }
        } with you, and anything that touches the team or its priorities will come to you first.
        [warm] I’ll send you the summary { $single ->
            [yes] of the conversation
           *[no] after every { $unit }
        }, and anything that touches the team comes to you first.
       *[concise] You get { $single ->
            [yes] the summary
           *[no] every { $unit } summary
        }; anything about the team comes to you first.
    }
manager-first-ask-go-back = { $tone ->
        [formal] Would you be comfortable with me going back to { $him }, or would you rather speak to { $him } first?
        [warm] Are you OK with me going back to { $him }, or would you rather talk to { $him } first?
       *[concise] OK if I go back to { $him }?
    }
manager-first-ask-mention-first = { $tone ->
        [formal] Would you prefer to mention it to { $them } yourself before I write?
        [warm] Would you rather mention it to { $them } yourself before I reach out?
       *[concise] Do you want to mention it to { $them } first?
    }
manager-first-ask-share = { $tone ->
        [formal] Is there anything you would rather I did not share outside the { shared-my-org }?
        [warm] Is there anything you’d rather I kept inside the { shared-my-org }?
       *[concise] Anything I shouldn’t share outside?
    }
manager-first-ask-how-they-feel = { $tone ->
        [formal] How do you think { $they } would feel about being asked?
        [warm] How do you think { $they }’d feel about being asked?
       *[concise] How would { $they } take it?
    }
manager-first-ask-anything = { $tone ->
        [formal] Is there anything you would like me to keep in mind?
        [warm] How does that sound to you?
       *[concise] Do you have any concerns?
    }

## Likely questions, and how to answer

manager-first-answer-why-not-you = { $tone ->
        [formal] I do, and I will keep doing so. On this particular problem, { $them } has experience that neither of us has.
        [warm] I do, and I will. On this one problem, { $them } has experience neither of us has yet.
       *[concise] I do. On this one, { $them } has the experience; we don’t.
    }
manager-first-answer-topics = { $tone ->
        [formal] Architecture decisions on { $challengeTopic }, one at a time. If I am asked about the team, I will answer briefly and tell you.
        [warm] Architecture decisions on { $challengeTopic }, one at a time. If the team comes up, I’ll keep it brief and tell you.
       *[concise] We’d talk about decisions on { $challengeTopic }. If the team comes up, I keep it brief and tell you.
    }
# $total: what the trial costs in time; $rhythmUnit: session, note, conversation, question.
manager-first-answer-time = { $tone ->
        [formal] In time, that is { $total }. The preparation is small, and I will drop a { $rhythmUnit } before I drop a deadline.
        [warm] In time, that’s { $total }. The prep is small, and a deadline always wins over a { $rhythmUnit }.
       *[concise] In time, that’s { $total }. Deadlines come first.
    }
# What they offered: only that, and the prep for it. $askSize: what they offered, quoted.
manager-first-answer-time-offered = { $tone ->
        [formal] In time, only { $askSize }, and my preparation for it. Deadlines come first.
        [warm] In time, it’s only { $askSize }, plus my prep. Deadlines come first.
       *[concise] In time, only { $askSize }, plus my prep. Deadlines come first.
    }
manager-first-answer-no-spot = { $written ->
        [yes] { $tone ->
            [formal] It stays in writing, as { $they } asked, so that { $they } can answer when it suits and decline without anyone losing face. I will not press for an answer.
            [warm] It stays in writing, as { $they } asked, so { $they } can answer when it suits and say no without any awkwardness. I won’t push for an answer.
           *[concise] It stays in writing. I won’t press for an answer.
        }
       *[other] { $tone ->
            [formal] With a short note first, so that nothing comes as a surprise and { $they } can decline without anyone losing face. I will not press for an answer in the room.
            [warm] With a short note first, so nothing’s a surprise and { $they } can say no without any awkwardness. I won’t push for an answer in the room.
           *[concise] I send a short note first. I won’t press in the room.
        }
    }

# The question your manager is likely to ask about who the leader is to you, and its answer.
manager-first-question-skip-level = Is something wrong with the support you get from me?
manager-first-answer-skip-level = { $tone ->
        [formal] No. This is one narrow technical topic where { $them } has unusual experience. Everything about my role and priorities stays with you.
        [warm] Not at all. It’s one narrow topic where { $them } has rare experience. My role and priorities stay with you.
       *[concise] No. It’s one narrow topic, and my role stays with you.
    }
manager-first-their-team = { $named ->
        [yes] { $addressAs }’s
       *[no] { $their }
    } team
manager-first-question-cross-team = Are you thinking of moving to { manager-first-their-team }?
manager-first-answer-cross-team = { $tone ->
        [formal] No. I am asking for { $their } judgment on our problem, not for a role. If that ever changed, you would be the first to hear it from me.
        [warm] No. I want { $their } judgment on our problem, not a job. If that ever changed, you’d hear it from me first.
       *[concise] No. I want { $their } judgment, not a job.
    }
manager-first-question-outside = Are you thinking of moving to { $company ->
        [none] their { shared-their-org }
       *[other] { $company }
    }?
manager-first-question-executive = Isn’t that a lot to ask of someone that senior?
# $orgNoun: "the company", "the organization"; $askSize: manager-first-size, said first.
manager-first-answer-executive = { $tone ->
        [formal] It would be, if it were open-ended. This is { $askSize }. It is a problem that matters to { $orgNoun }, and I would prepare and summarize every { $unit }.
        [warm] It would be if it were open-ended. This is { $askSize }. It’s a problem { $orgNoun } cares about, and I do all the prep.
       *[concise] Not when it’s time-boxed and prepared: { $askSize }.
    }
manager-first-question-former-manager = Are you thinking of going back to { manager-first-their-team }?
manager-first-answer-former-manager = { $tone ->
        [formal] No. I value { $their } judgment on hard decisions, and this is about one of them. My place is here, and you are my manager.
        [warm] No. I trust { $their } judgment on hard calls, and this is one of them. I’m here, and you’re my manager.
       *[concise] No. You’re my manager.
    }

## Keeping your manager in the loop

manager-first-loop-summary = { $format ->
        [async] Forward the written exchange, or a two-line summary of it,
       *[other] Send your manager the written summary
    } { $single ->
        [yes] after the { $unit }
       *[no] after every { $unit }
    }, the same day.
manager-first-loop-tell-them = Tell { $them } that your manager knows{ $relationship ->
        [skip-level] ; a skip-level leader will want to hear it
       *[other] {""}
    }.
manager-first-loop-team-first = Anything that touches the team, its priorities or its people goes to your manager first, never only to { $them }.
manager-first-loop-no-status = Do not bring status reports to { $them }: that is your manager’s job now. Bring decisions and questions.
manager-first-loop-concern = { $communication ->
        [indirect] If your manager hesitates, do not push: ask what would make them comfortable, and wait before you write to { $them }.
       *[other] If your manager has a concern, settle it in that conversation, before you write to { $them }.
    }
manager-first-loop-review = At the three-month review, ask your manager for their view too: continue, change or stop.

# The question an indirect culture adds (templates/manager-first.hbs): its answer is managerFirst.noSpot.
manager-first-no-spot-question = How will you ask without putting them on the spot?
