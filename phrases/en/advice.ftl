### Advice that more than one section states, worded once (src/core/render/rules/advice.ts).
### Variables every message has: $tone (formal, warm, concise), $relationship, $hierarchy… (shared.ftl).

# The graceful exit, offered once (indirect cultures, and after a no): in the ask and in the advice.
advice-exit = { $tone ->
        [formal] If the timing is not right, I will understand completely.
        [warm] And if the timing isn’t right, I completely understand.
       *[concise] If the timing is wrong, say so; that’s fine.
    }

## If the answer is no: the walk-away (the brief and the script); with a referral, stay-in-touch (shared.ftl) between the two.
advice-if-no-understood = { $tone ->
        [formal] I understand.
        [warm] Completely understood.
       *[concise] Understood.
    }
advice-if-no-anyone-else = { $tone ->
        [formal] Is there anyone else you would suggest I speak with?
        [warm] Anyone else you’d suggest I talk to?
       *[concise] Anyone else I should talk to?
    }
advice-if-no-someone = { $tone ->
        [formal] Is there someone you would suggest I speak with?
        [warm] Is there someone you’d suggest I talk to?
       *[concise] Anyone you’d suggest I talk to?
    }
