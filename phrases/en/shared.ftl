### Shared by every message to the leader: the greeting and the sign-off.
### Variables every message has: $tone (formal, warm, concise), $relationship, $organization,
### $communication (direct, indirect), $hierarchy (flat, hierarchical), $cadence, $format, $firstResponse.

# $name: how you address them (addressAs), already Markdown-safe.
greeting-named = { $tone ->
        [formal] Dear { $name },
       *[other] { $hierarchy ->
            [hierarchical] Dear { $name },
           *[other] Hi { $name },
        }
    }

greeting-unnamed = { $tone ->
        [formal] Hello,
       *[other] { $hierarchy ->
            [hierarchical] Hello,
           *[other] Hi,
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
