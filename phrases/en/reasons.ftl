### Why leaders hesitate: the prep doc's reasons, each a title, a short name, what is behind it and
### what to do (src/core/render/rules/reasons.ts). The counters are said after "→", lowercased first.
### Variables every message has: $tone, $relationship, $organization, $hierarchy… (shared.ftl).

## The ones their answer points to come first, marked. $title: the reason's title, lowercased first.
# With no reply nothing was signalled, so the likeliest is named as a guess. $reason: the reason's ID.
reasons-label-likely = Most likely: { $reason ->
        [time] overload (no reply)
       *[other] { $title }
    }
# $several: yes when their answer points to more than one reason.
reasons-label-signalled = { $several ->
        [yes] One they signalled
       *[other] The one they signalled
    }: { $title }

## A doubt about fit: named only when they voiced it.
reason-fit-short = doubt about fit
reason-fit-title = They are not sure they are the right person
reason-fit-body = Senior people often undersell the part of their experience that matters most to you, or picture a general mentor they cannot be. A doubt about fit is modesty or a real limit, rarely a no.
# $bridge: the part of their experience you need; $referred: yes when they suggested someone else,
# $referral (their words, Markdown-safe); $unit: one session's name ("session", "note").
reason-fit-counter = Name the one part of their experience you need ({ $bridge }) and why it is theirs, and say plainly what you will take elsewhere{ $referred ->
        [yes] : { $referral }, as they suggested
       *[other] {""}
    }. Ask for one { $unit } on that; a second is theirs to offer.

# A referral with no doubt about themselves and no workload beside it: they think the person they named
# fits better (the counter is reason-fit-counter).
reason-fit-referral-short = someone else fits better
reason-fit-referral-title = They think someone else fits better
reason-fit-referral-body = They named someone because they think that person knows this problem better. Take it at face value: it is a judgment about the problem, not about you, and following it up is the best thanks.

## Time.
reason-time-short = no time
reason-time-title = Their time is already spoken for
# $busy: the workload their words named ("the PRR"), Markdown-safe, or "none".
reason-time-body = { $busy ->
        [none] Their calendar is booked weeks ahead
       *[other] Right now { $busy } has first call on their calendar
    }, and every new commitment means saying no to something else.{ $relationship ->
        [executive] {" "}At executive level it is also shaped by planning cycles, board preparation and hiring.
       *[other] {""}
    }
# $offered: what they offered, Markdown-safe.
# They offered it, so it is agreed: no way out of it to offer.
reason-time-counter-offered = Keep the ask to what they offered, “{ $offered }”, and add nothing to it.
# $summary: the ask in a few words ("one 30-minute conversation").
reason-time-counter-single = Make the ask as small as it can honestly be ({ $summary }), with nothing recurring attached, and make it easy to decline.
# A regular rhythm (the rhythm itself is in the header, not again here). $live: yes when sessions are held live.
reason-time-counter-recurring = Make the unit of time small and predictable, and have something lighter ready if it is still too much.{ $live ->
        [yes] {" "}Keep the promise to cancel a session with nothing worth their time; it is the fastest way to earn more time later.
       *[other] {""}
    }
reason-time-counter-rare = Make each request small and rare ({ $summary }). Ask only when a real decision is on the table; a rare, well-prepared question is the easiest thing in their week to say yes to.

## A vague ask.
reason-vague-short = a vague ask
reason-vague-title = The ask was too vague
reason-vague-body = “Will you mentor me?” sounds like a project with no scope and no finish line. Leaders say yes to what they can picture.
# $challenge: "our current challenge is …" without those words, Markdown-safe; $unit: one session's name.
reason-vague-counter = Name the problem (our current challenge is { $challenge }), the part of their experience you need, and what a good { $unit } looks like: one decision, your options, your recommendation, their critique.

## Open-ended.
reason-open-ended-short = an open-ended ask
reason-open-ended-title = It sounded open-ended
reason-open-ended-body = Saying yes to an open-ended relationship feels like signing up for years. Many leaders have one or two mentoring arrangements that never quite ended.
# $offered: what they offered, Markdown-safe.
reason-open-ended-counter-offered = Ask for exactly what they offered, “{ $offered }”, and nothing on top: no trial, no review. Anything more is theirs to offer.
# $written: yes when the rhythm is written.
reason-open-ended-counter-single = Ask for { $written ->
        [yes] one question
       *[other] one conversation
    } with nothing attached: no trial, no rhythm, no review. A second one is theirs to offer.
# $checked: yes with a success you can check, $success (Markdown-safe).
reason-open-ended-counter-trial = Propose a trial with a review after about three months{ $checked ->
        [yes] , with a success you can check ({ $success })
       *[other] {""}
    }, and say out loud that “let’s stop here” is a fine result. An easy exit makes the entrance easier.

## Readiness.
reason-readiness-short = doubts about your readiness
reason-readiness-title = They doubt your readiness or your follow-through
reason-readiness-body = They may have mentored people who arrived unprepared, ignored the advice, or disappeared after two sessions. Or they simply do not know your work well enough yet.
reason-readiness-counter = Show the preparation before you ask for it. Bring a one-page write-up of the challenge, name a decision you have already made and why, and commit to a written summary after every exchange. Evidence beats enthusiasm.
# They ruled out documents ("no decks", "keep it short"): the preparation is in the message itself.
# An informal offer (a coffee, buna, a fika): no papers on the table, so the preparation is in how you put the question.
reason-readiness-counter-informal = Show the preparation in how you put the question: the context in two sentences, your pick, and why. Name a decision you have already made, and afterwards tell them in one line what you did with their answer.
reason-readiness-counter-no-documents = Show the preparation in the message itself, since they ruled out documents: three lines of context, your pick, and why. Name a decision you have already made, and after each answer tell them in one line what you did with it.

## How it looks: a leader at another company (no chain to step around, but two companies' confidential work).
reason-outside-short = a conflict of interest
reason-outside-title = It could look like a conflict of interest
# $company: that company's name, Markdown-safe, or "none" when not named.
# For a public official approached from a company ($theirSector public-sector, $organization not): a
# possible supplier's approach (reader r11: a Saudi authority's Deputy Governor).
reason-outside-body = { $theirSector ->
        [public-sector] { $organization ->
            [public-sector] An official advising someone at a body theirs serves, funds or oversees can look like favouring one public body over the others, or like a conflict with what { $company ->
                [none] their { shared-their-org }
               *[other] { $company }
            } decides about yours.
           *[other] A meeting with someone from a company can look like a possible supplier seeking an edge with { $company ->
                [none] their { shared-their-org }
               *[other] { $company }
            }: a word before a tender, an early look at a procurement.
        }
       *[other] { reason-outside-body-company }
    }{ $relationship ->
        [former-manager] {" "}As your former manager, they may also worry it looks as if they still steer your career.
       *[other] {""}
    }
reason-outside-body-company = Advising someone from another company can look like sharing what belongs to { $company ->
        [none] their { shared-their-org }
       *[other] { $company }
    }, or like recruiting. If your companies are, or could become, supplier and customer, partners or competitors, even a few conversations can look like an edge for one side.
reason-outside-counter = { $theirSector ->
        [public-sector] { $organization ->
            [public-sector] Say in the ask that this is advice on the problem in general terms, nothing about an audit, a grant or a decision their body takes about yours, and offer the written summaries to anyone else who asks: equal treatment is what protects them. Tell your manager before you start.
           *[other] Say in the ask, and again when you meet, that this is not about any tender or procurement, now or coming, and that you will not raise one. Keep it about the problem, in general terms, and tell your manager before you start.
        }
       *[other] { reason-outside-counter-company }
    }
reason-outside-counter-company = Draw the line before they have to. Say in the ask what you will not ask them (their customers, prices, contracts, partners or plans) and what you keep to yourself (what they tell you stays with you: not passed on inside your { shared-my-org }, not used in any deal between your companies). Bring nothing confidential of your own: the problem in general terms. Tell your manager before you start, so what you bring back is welcome.

## How it looks: inside the organization.
reason-optics-short = how it looks to others
reason-optics-title = It could look like favoritism or politics
# $protocol: yes in a hierarchical organization when the leader is skip-level or an executive; $single: yes
# when the ask is one conversation or one question (no regular 1:1 to notice).
reason-optics-body = Mentoring one person can look like picking a favorite, or like stepping around someone else in the chain.{ $relationship ->
        [skip-level] {" "}As your skip-level leader, they will immediately wonder whether your manager knows and agrees.
        [cross-team] {" "}Coming from another team, your request can look like meddling in another org, or like the first step of a transfer.
        [former-manager] {" "}As your former manager, they may worry it looks as if they still steer your career, over the head of your current manager.
       *[other] { $single ->
            [yes] {" "}Even a single conversation between an executive and an individual architect can be noticed, so be open about what it is for.
           *[other] {" "}A regular 1:1 between an executive and an individual architect gets noticed, and people will draw conclusions.
        }
    }{ $protocol ->
        [yes] {" "}In a hierarchical organization, a request that skips levels can also feel like a breach of protocol.
       *[other] {""}
    }
## The counter: the opening, what to do about your manager (one of three), the closing, joined by spaces.
reason-optics-counter-open = Keep it transparent and about the work.
# $sayIt: yes when the ask says so (a hierarchical organization, or a skip-level leader).
reason-optics-counter-manager-knows = Your manager knows{ $sayIt ->
        [yes] : say so in the ask
       *[other] {""}
    }.
reason-optics-counter-manager-former = Tell your current manager first, and say in the ask that this is about decisions, not your career.
# $mention: yes when they might ask your manager to mention it first; $sayIt as above.
reason-optics-counter-manager-tell = Tell your manager first{ $mention ->
        [yes] {" "}(in a hierarchical organization, consider asking them to mention the idea to the leader first; it turns a bold request into a sanctioned one)
       *[other] {""}
    }{ $sayIt ->
        [yes] , and say in the ask that you did
       *[other] {""}
    }.
reason-optics-counter-share = Offer to share the summaries with the team, so the benefit visibly reaches more people than you.

## A channel they prefer.
reason-channel-short = a channel they prefer
reason-channel-title = They would rather it went through a channel
reason-channel-body = Many organizations have a mentoring program, and pointing you to it is a fair way to say “I want to help, but not as a personal favor”.
# $enrolled: yes when the script's setting already says to join the program before the meeting.
reason-channel-counter = { $enrolled ->
        [yes] Make
       *[other] Join the program if there is one; it costs you little. Then make
    } the personal ask narrower than anything a program offers: one problem where their experience is specific, in a few short exchanges. A program matches people; you are asking for one judgment call at a time.

## Mentoring fatigue.
reason-fatigue-short = mentoring fatigue
reason-fatigue-title = Mentoring fatigue
# $written: yes when the rhythm is written.
reason-fatigue-counter = Be the easiest mentee they have ever had. You own { $written ->
        [yes] the thread
       *[other] the scheduling, the agenda
    }, { $documents ->
        [none] the question
       *[other] the pre-read
    } and the summary; they bring judgment.
# What their time visibly serves. $sector: the kind of organization the leader works at (yours at your own);
# $theirs: yes when it is not yours; $stakes: what it cares about (shared-stakes, for $sector);
# $stakeOwner: what yours is called (shared-stake-owner, “the business”). A public body has no runway: it
# is accountable for something.
reason-fatigue-tie = { $sector ->
        [public-sector] Tie it to what { $theirs ->
            [yes] their
           *[other] the
        } organization is accountable for ({ $stakes }), so their time visibly serves it.
       *[other] { $theirs ->
            [yes] Where you can, tie it to what their { shared-their-org } cares about ({ $stakes }), so the time serves them too.
           *[other] Tie it to what { $stakeOwner } cares about ({ $stakes }), so their time visibly serves it.
        }
    }
reason-fatigue-body = Senior people get many of these requests, and most of them turn into unstructured coffee chats that nobody can point to an outcome from.

## A request heard as sponsorship.
reason-sponsorship-short = a request heard as sponsorship
reason-sponsorship-title = It sounded like a request for a job, a promotion or sponsorship
reason-sponsorship-body = If the first ask mentioned career growth in general terms, they may have heard “please advocate for me”, which is a much bigger commitment than advice.
reason-sponsorship-counter = Say plainly what you are asking for and what you are not: “I am asking for your judgment on architecture decisions, not for sponsorship or a role change.” Sponsorship, if it ever comes, is earned by how you use the advice.
