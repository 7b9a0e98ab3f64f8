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
stay-in-touch = { $tone ->
        [formal] I will stay in touch with { $referral }, as you suggested.
        [warm] I’ll stay in touch with { $referral }, as you suggested.
       *[concise] I’ll stay in touch with { $referral }.
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
