### Advice that more than one section states, worded once (src/core/render/rules/advice.ts).
### Variables every message has: $tone (formal, warm, concise), $relationship, $hierarchy… (shared.ftl).

# The graceful exit, offered once (indirect cultures, and after a no): in the ask and in the advice.
advice-exit = { $tone ->
        [formal] If the timing is not right, I will understand completely.
        [warm] And if the timing isn’t right, I completely understand.
       *[concise] If the timing is wrong, say so; that’s fine.
    }
