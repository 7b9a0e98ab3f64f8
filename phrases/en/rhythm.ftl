### The rhythm said to the leader: the ask, how each exchange is prepared, the promise, the lighter
### version and the 30-second ask (src/core/render/rhythm.ts). Every document says these.
### Variables every message has: $tone, $cadence, $format, $relationship… (shared.ftl).

# $spoken: the rhythm as said to them (“30 minutes every two weeks”), from rhythm.ts.
rhythm-ask = { $tone ->
        [formal] Specifically, I would like to propose { $spoken }. We would start with three months.
        [warm] Here’s what I have in mind: { $spoken }. We’d start with three months.
       *[concise] I’m asking for { $spoken }, for three months.
    }
rhythm-prep-written = { $tone ->
        [formal] Each note will carry a single decision, my options and my recommendation, so that you can answer in a few lines.
        [warm] Each note will be one decision, my options and what I’d recommend, so you can answer in a couple of lines.
       *[concise] Each note has one decision, my options and my recommendation. A few lines from you is enough.
    }
# $recurring: yes for a regular rhythm, no for “only when a decision needs it”.
rhythm-prep = { $tone ->
        [formal] I will bring a single decision { $recurring ->
                [yes] to each conversation
               *[no] each time
            } and send a one-page pre-read the day before.
        [warm] I’ll bring one decision { $recurring ->
                [yes] each time
               *[no] whenever I ask
            } and send a one-page pre-read the day before.
       *[concise] I bring one decision { $recurring ->
                [yes] per session
               *[no] each time
            }, with a one-page pre-read the day before.
    }
# $fallbackText: the lighter arrangement (“a short written note every two weeks instead of a meeting…”).
rhythm-fallback = { $tone ->
        [formal] Would something lighter work: { $fallbackText }? Even occasional guidance on the key decisions would be valuable.
        [warm] What if we made it even lighter? It could be { $fallbackText }.
       *[concise] Then we go lighter: { $fallbackText }.
    }
# The 30-second version. $question: the concise ask as a yes/no question.
rhythm-short = { $tone ->
        [formal] I am asking for your view on one decision at a time. That is { $spoken }, for three months to start.
        [warm] I’m asking for your take on one decision at a time. That’s { $spoken }, for three months to start.
       *[concise] { $question } Three months, then we review.
    }
# $assistant: yes when an assistant keeps their calendar.
rhythm-promise-recurring-live = { $tone ->
        [formal] I will { $assistant ->
                [yes] arrange the dates with your assistant
               *[no] take care of the scheduling
            }, and I will cancel any session for which I do not have something worth your time.
        [warm] I’ll { $assistant ->
                [yes] arrange the dates with your assistant
               *[no] take care of the scheduling
            }, and if I have nothing worth your time, I’ll cancel rather than fill the slot.
       *[concise] I { $assistant ->
                [yes] arrange dates with your assistant
               *[no] do the scheduling
            }. If there’s no decision, there’s no session.
    }
rhythm-promise-recurring-written = { $tone ->
        [formal] If I have nothing worth your time, I will skip the note rather than send a thin one.
        [warm] If I have nothing worth your time, I’ll skip the note rather than send you filler.
       *[concise] If there’s nothing worth your time, there’s no note.
    }
rhythm-promise-as-needed = { $tone ->
        [formal] I will { $assistant ->
                [yes] arrange the dates with your assistant
               *[no] take care of the scheduling
            } each time.
        [warm] I’ll { $assistant ->
                [yes] arrange the dates with your assistant
               *[no] take care of the scheduling
            } each time.
       *[concise] I { $assistant ->
                [yes] arrange dates with your assistant
               *[no] do the scheduling
            }.
    }
# After a no, no reply, a doubt about fit or a referral: one conversation or one written question.
rhythm-single-ask = { $tone ->
        [formal] My request is { $spoken }; anything more is yours to offer.
        [warm] All I’m asking for is { $spoken }; anything more is up to you.
       *[concise] The ask: { $spoken }. Anything more is your call.
    }
rhythm-single-prep-written = { $tone ->
        [formal] The question will carry the decision, my options and my recommendation, so that you can answer in a few lines.
        [warm] The question will have the decision, my options and what I’d recommend, so a few lines from you are enough.
       *[concise] Decision, options, my recommendation. A few lines from you is enough.
    }
rhythm-single-prep = { $tone ->
        [formal] I will send a one-page pre-read the day before.
        [warm] I’ll send a one-page pre-read the day before.
       *[concise] One-page pre-read the day before.
    }
rhythm-single-promise = { $tone ->
        [formal] I will { $assistant ->
                [yes] arrange the date with your assistant
               *[no] take care of the scheduling
            }.
        [warm] I’ll { $assistant ->
                [yes] sort out the date with your assistant
               *[no] take care of the scheduling
            }.
       *[concise] I { $assistant ->
                [yes] arrange the date with your assistant
               *[no] do the scheduling
            }.
    }
rhythm-single-fallback-written = { $tone ->
        [formal] A reply of two or three lines, whenever it suits you, would be enough.
        [warm] Even two or three lines back, whenever it suits you, would help.
       *[concise] Two or three lines back, whenever it suits you, is enough.
    }
rhythm-single-fallback = { $tone ->
        [formal] Would one written question instead of the conversation be easier?
        [warm] Would one written question be easier than a conversation?
       *[concise] Then one written question instead.
    }
rhythm-single-short-written = { $tone ->
        [formal] I would value your perspective on one decision: one written question, and nothing more unless you find it useful.
        [warm] I’d value your take on one decision: one written question, and nothing more unless you find it useful.
       *[concise] One written question on one decision. Nothing more unless you want it.
    }
rhythm-single-short = { $tone ->
        [formal] I would value your perspective on one decision: a single conversation of { $minutes } minutes, and nothing more unless you find it useful.
        [warm] I’d value your take on one decision: a single conversation of { $minutes } minutes, and nothing more unless you find it useful.
       *[concise] One conversation of { $minutes } minutes on one decision. Nothing more unless you want it.
    }
# A yes with limits. $you: what they offered, said back to them (“coffee when you’re in town”).
rhythm-offered-ask = { $tone ->
        [formal] My request is what you offered: { $you }; anything more is yours to offer.
        [warm] All I’m asking for is what you offered: { $you }; anything more is up to you.
       *[concise] I’m asking for what you offered: { $you }. Anything more is your call.
    }
rhythm-offered-short = { $tone ->
        [formal] I would value your perspective on one decision at a time, in the way you offered: { $you }.
        [warm] I’d value your take on one decision at a time, just the way you offered: { $you }.
       *[concise] I’m asking for what you offered: { $you }, one decision at a time. Nothing more unless you want it.
    }
