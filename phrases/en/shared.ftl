### Shared by every message to the leader: the greeting and the sign-off.
### Variables every message has: $tone (formal, warm, concise), $relationship, $organization,
### $communication (direct, indirect), $hierarchy (flat, hierarchical), $cadence, $format, $firstResponse.

# $name: how you address them (addressAs, else the culture's usual form with their name), already Markdown-safe.
# There is no greeting without a name: a bare "Hello," reads as a mass mailing.
# $titled (a fact, like $tone): true when they are greeted with a salutation or title ("Dr. Vogel"): "Hi Dr. Vogel," mixes registers.
greeting-named = { $titled ->
        [true] Dear { $name },
       *[other] { $tone ->
            [formal] Dear { $name },
           *[other] { $hierarchy ->
                [hierarchical] Dear { $name },
               *[other] Hi { $name },
            }
        }
    }

signoff = { $tone ->
        [formal] Kind regards,
        [warm] Thank you,
       *[other] { $hierarchy ->
            [hierarchical] Kind regards,
           *[other] Thanks,
        }
    }

# "I’ll stay in touch with …": the person they referred you to. $referral: their words, Markdown-safe.
# $channel: yes when $referral is a channel they pointed to (a programme, a guild), not a person.
stay-in-touch = { $channel ->
        [yes] { $tone ->
            [formal] I will go through { $referral }, as you suggested.
            [warm] I’ll go through { $referral }, as you suggested.
           *[concise] I’ll go through { $referral }.
        }
       *[no] { $tone ->
            [formal] I will stay in touch with { $referral }, as you suggested.
            [warm] I’ll stay in touch with { $referral }, as you suggested.
           *[concise] I’ll stay in touch with { $referral }.
        }
    }

# Before the subject line of every message.
subject-label = Subject:

# A line saying your manager knows you are asking, when the profile does not say (managerKnows
# unset), is never inside what you say or send: a note outside it gives it to add (issue 23, item 3;
# a reader heard "[delete unless…]" read aloud). $claim: the line, as it would be said.
claim-manager-add-lead = If your manager already knows, add:
claim-manager-add = { claim-manager-add-lead } “{ $claim }”

## The month to come back (issue 21, item 5). $month: the month in the document's language, "none" when not known.

shared-month = { $month ->
        [none] *(month)*
       *[other] { $month }
    }
shared-month-in = in { shared-month }

## Labels the layout puts before a line, where a conditional chooses the line (issue 20, item 5)

# Before the tone note, in the prep doc and the script (advice.toneNote).
tone-note-label = A note on tone:
# Before a line you say (an objection card's answer, a question in the talk with your manager).
label-you = You:

## The organization (rules/shared.ts). $organization: startup, scale-up, enterprise, public-sector,
## nonprofit, or unknown when the profile does not say.

# What it cares about ($stakes in the advice and the reasons' cards).
shared-stakes = { $organization ->
        [startup] runway, speed to the next milestone, and keeping the product easy to change
        [scale-up] reliability while it grows, onboarding new teams, and delivery speed
        [enterprise] cost, risk, delivery dates and customers
        [public-sector] service to the public, statutory and audit duties, budget cycles and procurement rules
        [nonprofit] the mission, stretched budgets, and the trust of funders and the people served
       *[other] cost, risk, delivery and the people it serves
    }
# What a sentence calls it ($orgNoun: “the company”).
shared-org-noun = { $organization ->
        [startup] the company
        [scale-up] the company
        [enterprise] the company
       *[other] the organization
    }
# What a decision is framed for ($stakeOwner in script-ask-executive-framing: “the business”).
shared-stake-owner = { $organization ->
        [startup] the company
        [scale-up] the company
        [enterprise] the business
        [public-sector] the service
        [nonprofit] the mission
       *[other] the organization
    }

# Their milestone after “put it off” ($until in advice-premise-not-now), with the space before it.
# $how: for (“for a few weeks”), to (“to January”) or until; $when: their words, Markdown-safe.
shared-put-off-until = { $how ->
        [for] { " " }for { $when }
        [to] { " " }to { $when }
       *[other] { " " }until { $when }
    }
