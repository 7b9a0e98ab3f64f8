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
rhythm-prep = { $documents ->
        [none] { $tone ->
            [formal] I will bring a single decision { $recurring ->
                    [yes] to each conversation
                   *[no] each time
                } and send it the day before in a short message: the context, my pick, and why.
            [warm] I’ll bring one decision { $recurring ->
                    [yes] each time
                   *[no] whenever I ask
                } and send it the day before in a few lines.
           *[concise] I bring one decision { $recurring ->
                    [yes] per session
                   *[no] each time
                }, sent the day before in three lines.
        }
       *[other] { $tone ->
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
                [yes] arrange the dates with your { shared-assistant }
               *[no] take care of the scheduling
            }, and I will cancel any session for which I do not have something worth your time.
        [warm] I’ll { $assistant ->
                [yes] arrange the dates with your { shared-assistant }
               *[no] take care of the scheduling
            }, and if I have nothing worth your time, I’ll cancel rather than fill the slot.
       *[concise] I { $assistant ->
                [yes] arrange dates with your { shared-assistant }
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
                [yes] arrange the dates with your { shared-assistant }
               *[no] take care of the scheduling
            } each time.
        [warm] I’ll { $assistant ->
                [yes] arrange the dates with your { shared-assistant }
               *[no] take care of the scheduling
            } each time.
       *[concise] I { $assistant ->
                [yes] arrange dates with your { shared-assistant }
               *[no] do the scheduling
            }.
    }
# After a no, no reply, a doubt about fit or a referral: one conversation or one written question.
rhythm-single-ask = { $tone ->
        [formal] My request is { $spoken }; anything more is yours to offer.
        [warm] All I’m asking for is { $spoken }; anything more is up to you.
       *[concise] The ask: { $spoken }. Anything more is up to you.
    }
rhythm-single-prep-written = { $tone ->
        [formal] The question will carry the decision, my options and my recommendation, so that you can answer in a few lines.
        [warm] The question will have the decision, my options and what I’d recommend, so a few lines from you are enough.
       *[concise] Decision, options, my recommendation. A few lines from you is enough.
    }
# An informal offer (a coffee, a fika): nothing to read beforehand.
rhythm-offered-informal-prep = { $tone ->
        [formal] I will bring a single question; there is nothing to read beforehand.
        [warm] I’ll just bring one question; nothing to read beforehand.
       *[concise] One question, nothing to read beforehand.
    }
rhythm-single-prep = { $documents ->
        [none] { $tone ->
            [formal] I will send the question the day before, in a few lines.
            [warm] I’ll send the question the day before, in a few lines.
           *[concise] The question the day before, in three lines.
        }
       *[other] { $tone ->
            [formal] I will send a one-page pre-read the day before.
            [warm] I’ll send a one-page pre-read the day before.
           *[concise] One-page pre-read the day before.
        }
    }
rhythm-single-promise = { $tone ->
        [formal] I will { $assistant ->
                [yes] arrange the date with your { shared-assistant }
               *[no] take care of the scheduling
            }.
        [warm] I’ll { $assistant ->
                [yes] sort out the date with your { shared-assistant }
               *[no] take care of the scheduling
            }.
       *[concise] I { $assistant ->
                [yes] arrange the date with your { shared-assistant }
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
        [formal] My request is what you offered: { offer-said-you }; anything more is yours to offer.
        [warm] All I’m asking for is what you offered: { offer-said-you }; anything more is up to you.
       *[concise] I’m asking for what you offered: { offer-said-you }. Anything more is up to you.
    }
# $plain: yes when the offer reads plainly out loud ("a quarter of an hour", "to comment in writing"),
# then said as $said, without quotes; no for an offer that stays quoted ($you).
rhythm-offered-short = { $plain ->
        [yes] { $tone ->
            [formal] You offered { $said }, and that is all I am asking for: your perspective on one decision at a time.
            [warm] You offered { $said }, and that’s all I’m asking for: your take on one decision at a time.
           *[concise] You offered { $said }; that’s all I’m asking for, one decision at a time.
        }
       *[no] { $tone ->
            [formal] I would value your perspective on one decision at a time, in the way you offered: { offer-said-you }.
            [warm] I’d value your take on one decision at a time, just the way you offered: { offer-said-you }.
           *[concise] I’m asking for what you offered: { offer-said-you }, one decision at a time. Nothing more unless you want it.
        }
    }

## The rhythm as the documents describe it, the logistics after the meeting and the review at the
## end of the trial. Each is given its own $format, $minutes and (yes/no) $recurring, $assistant,
## so a rhythm made outside a document says the same. $cad: how often ("once a week").

# In the third person (rhythm.summary): "30-minute conversations every two weeks". $to: them, or
# you when it is said to the leader (rhythm.saidToThem: "answered in your own time").
rhythm-summary = { $format ->
        [meetings] { $recurring ->
            [yes] { $minutes }-minute conversations { $cad }
           *[no] a { $minutes }-minute conversation only when a decision needs it
        }
        [mixed] { $recurring ->
            [yes] { $minutes }-minute conversations { $cad }, with short written questions in between
           *[no] a short written question when a decision needs it, and a { $minutes }-minute call only when writing is not enough
        }
       *[async] { $recurring ->
            [yes] a short written note { $cad }, answered in { $to ->
                [you] your
               *[other] their
            } own time
           *[no] a short written question only when a decision needs it, answered in { $to ->
                [you] your
               *[other] their
            } own time
        }
    }
# $to as for rhythm-summary.
rhythm-single-summary = { $format ->
        [async] a single written question, answered in { $to ->
                [you] your
               *[other] their
            } own time
       *[other] a single conversation of { $minutes } minutes
    }
# $them: what they offered, told about them ("coffee when they’re in town").
rhythm-offered-summary = what they offered, { $them }

# The review at the end of the trial (rhythm.review). $minutes: the review's length.
rhythm-review = { $format ->
        [async] At the end of the trial, send a short written review (what was useful, what should change, continue or stop) with the decision log attached, and offer a { $minutes }-minute call in case they prefer to talk.
       *[other] Book a { $minutes }-minute review at the end of the trial, and bring the decision log.
    }

# After the meeting: keeping the rhythm (rhythm.logistics), one message per bullet. $reminder: how
# long before one short reminder ("a week").
rhythm-logistics-invite = You own the logistics: one recurring invite{ $assistant ->
        [yes] { " " }set up with their { shared-assistant }
       *[no] { "" }
    }, the decision in the title of each occurrence, and every reschedule.
rhythm-logistics-confirm = Two days before each session, confirm with the topic, or cancel if you have nothing worth their time. A well-timed cancellation builds more trust than a thin session.
rhythm-logistics-between = { $format ->
        [mixed] Between sessions, written questions go in one thread: context, the question, by when, and what you will do with the answer.
       *[other] Between sessions, send a short written note only for something that cannot wait: context, the question, by when, and what you will do with the answer.
    }
rhythm-logistics-cancelled = If they cancel twice in a row, do not chase. Offer the written route and keep the next slot.
rhythm-logistics-one-at-a-time = You own the logistics, one conversation at a time: when a decision needs their view, offer two or three possible times{ $assistant ->
        [yes] { " " }through their { shared-assistant }
       *[no] { "" }
    }, with the decision in the title of the meeting. There is no standing slot to keep.
rhythm-logistics-written-first = Start with the written question; ask for the call only when writing is not enough.
# Where trust is built in person ($followUp in-person), no written reminder: asked once in person; the
# note or call they asked for where they named one ($followUp write, call).
rhythm-logistics-ask-rarely = Ask rarely. If a question waits { $reminder } without an answer, { $followUp ->
        [in-person] ask once in person
        [write] send one two-line reminder in writing, as they asked
        [call] call once, as they asked
        [none] send no reminder, as they asked
       *[other] send one short reminder
    }, then decide and tell them what you decided and why.
rhythm-logistics-thread = You own the thread: one message per decision, the decision in the subject line, and a question they can answer in a few lines.
rhythm-logistics-calendar = Put a reminder in your own calendar to send the note { $cad }, and skip it when there is nothing worth their time.
rhythm-logistics-write-rarely = Write only when a real decision needs their view; a rare question is answered faster than a regular one.
rhythm-logistics-unanswered = If a note goes unanswered, { $followUp ->
        [in-person] ask once in person { $reminder } later
        [write] send one two-line reminder in writing { $reminder } later, as they asked
        [call] call once { $reminder } later, as they asked
        [none] send no reminder, as they asked
       *[other] send one short reminder { $reminder } later
    }, then decide and tell them what you decided and why.
# The single conversation or question.
rhythm-logistics-single-send = Send the question as one short message: the decision in the subject line, the context, your options and your recommendation, and by when you need an answer.
rhythm-logistics-single-no-reminder = If it goes unanswered, send no reminder: take the silence as a no, and choose someone else.
rhythm-logistics-single-times = You own the logistics: offer two or three possible times{ $assistant ->
        [yes] { " " }through their { shared-assistant }
       *[no] { "" }
    }, with the decision in the title of the meeting. There is no recurring invite and no follow-up meeting unless they offer one.
rhythm-logistics-single-summary = Send the summary within a day. That is the end of what you asked for; a second conversation is theirs to offer.
# What they offered. $them: told about them ("coffee when they’re in town").
rhythm-logistics-offered-first = Send the first question as one short message: the decision in the subject line, the context, your options and your recommendation, and by when you need an answer.
rhythm-logistics-offered-keep = After that, keep to what they offered, { $them }, and no more; anything more regular is theirs to propose.
rhythm-logistics-offered-time = You own the logistics of what they offered, { $them }: suggest a time that fits it{ $assistant ->
        [yes] { " " }through their { shared-assistant }
       *[no] { "" }
    }, with the decision in the title.
rhythm-logistics-offered-summary = Send the summary within a day. Anything more regular is theirs to propose.
# An informal offer (a coffee, a fika): the time is theirs, nothing to book.
rhythm-logistics-offered-informal-time = The time is theirs: take them up on what they offered, { $them }, when it comes, with your one question ready; there is nothing to book and nothing to send beforehand.

## The rhythm in rhythm.ts's own words: how often, the rhythm said to them, the yes/no question,
## the lighter arrangement and the time it costs. Each is given its own $minutes, $cad, $cadence
## and (yes/no) $recurring, so a rhythm made outside a document says the same.

# How often (rhythm.cadenceLabel, the context's cadence.label, $cad in the messages above).
rhythm-cadence = { $cadence ->
        [weekly] once a week
        [biweekly] every two weeks
        [monthly] once a month
       *[other] only when a decision needs it
    }
# After a no: the one conversation or question.
rhythm-cadence-once = once

# $spoken in rhythm-ask and rhythm-short: the rhythm said to the leader, one message per format.
rhythm-spoken-meetings = { $recurring ->
        [yes] { $minutes } minutes { $cad }
       *[other] a { $minutes }-minute conversation only when I have a decision that needs your view
    }
rhythm-spoken-mixed = { $recurring ->
        [yes] { $minutes } minutes { $cad }, with a short written question in between when something can’t wait
       *[other] a short written question when a decision needs your view, and a { $minutes }-minute call only when writing is not enough
    }
rhythm-spoken-async = { $recurring ->
        [yes] a short written note from me { $cad }, which you answer in your own time
       *[other] a short written question only when a decision needs your view, which you answer in your own time
    }
# After a no. $format: async for one written question.
rhythm-single-spoken = { $format ->
        [async] one written question on a single decision
       *[other] one conversation of { $minutes } minutes on a single decision
    }

# $question in rhythm-short (concise): the ask as a question that can be answered yes or no.
rhythm-question-meetings = { $recurring ->
        [yes] Could we meet for { $minutes } minutes { $cad }?
       *[other] Could we meet for { $minutes } minutes only when I have a decision that needs your view?
    }
rhythm-question-mixed = { $recurring ->
        [yes] Could we meet for { $minutes } minutes { $cad }, with a short written question in between when something can’t wait?
       *[other] Could I send you a short written question when a decision needs your view, and meet for { $minutes } minutes only when writing is not enough?
    }
rhythm-question-async = { $recurring ->
        [yes] Could I send you a short written note { $cad }, to answer in your own time?
       *[other] Could I send you a short written question only when a decision needs your view, to answer in your own time?
    }

# $fallbackText in rhythm-fallback (rhythm.fallbackText): the smaller arrangement offered when time
# is the worry, always smaller than, and different from, the ask.
# Where trust is built by time together ($trust), lighter stays a conversation: a note instead of a meeting reads as distance.
rhythm-lighter-meetings = { $trust ->
        [relationship-based] { $recurring ->
            [yes] a shorter conversation { $cad }, kept to the one decision, with a written note in between only if you prefer it
           *[other] one short conversation when a decision is stuck, kept to that decision
        }
       *[other] { $recurring ->
            [yes] a short written note { $cad } instead of a meeting, answered when you can, with a call only if a question really needs one
           *[other] one written question when a decision is stuck, and no meetings at all
        }
    }
rhythm-lighter-mixed = { $recurring ->
        [yes] only the written notes { $cad }, with a call only if a question really needs one
       *[other] written questions only, and no calls
    }
rhythm-lighter-async = { $cadence ->
        [monthly] a note only when a decision is genuinely stuck, instead of every month
        [as-needed] a single question, once, on the decision I face now; if the answer helps, we can decide then whether there should be a second
       *[other] a note once a month instead of { $cad }
    }
rhythm-single-lighter = { $format ->
        [async] a reply of two or three lines, whenever it suits you
       *[other] one written question instead of the conversation
    }

# What they offered, said back to them (rhythm.saidToThem). $you: in their words, turned to "you".
rhythm-offered-said = { $offerKind ->
        [none] what you offered, { $you }
       *[other] { offer-kind-the } you offered
    }

# Their time over the trial ($totalTime in script-think-cost). $time: rhythm-minutes or rhythm-hours;
# $review: the review's minutes.
rhythm-total-time = { $time }, plus a { $review }-minute review,
# A length of time. $lead: about, some (“some 3 hours in all”) or over (“a little over”, rounded down).
rhythm-minutes = { $lead ->
        [some] some
       *[other] about
    } { $total } minutes
# $hours: the whole hours in words (rhythm-count); $half: yes for another half hour.
rhythm-hours = { $lead ->
        [some] some
        [over] a little over
       *[other] about
    } { $hours }{ $half ->
        [yes] { " " }and a half
       *[other] { "" }
    } hours

## What the three-month trial costs them, in the messages (trial.sessions, trial.total;
## messageContext.ts). $format: the rhythm's; $minutes: a session's length; $count: how many
## exchanges (rhythm-count); $time: their hours (rhythm-minutes or rhythm-hours, with “some”).

# A number of exchanges in words. $n: the number.
rhythm-count = { $n ->
        [0] no
        [1] one
        [2] two
        [3] three
        [4] four
        [5] five
        [6] six
        [7] seven
        [8] eight
        [9] nine
        [10] ten
        [11] eleven
        [12] twelve
        [13] thirteen
       *[other] { $n }
    }
rhythm-trial-sessions = { $format ->
        [async] about { $count } written notes
       *[other] about { $count } sessions
    }
rhythm-trial-total = { $format ->
        [async] about { $count } short written notes in three months, each a few minutes to read and answer
       *[other] about { $count } sessions of { $minutes } minutes in three months, { $time } in all
    }
# Only when a decision needs it: no count.
rhythm-trial-as-needed-sessions = { $format ->
        [async] a written question only when a decision needs it
       *[other] a session only when a decision needs it
    }
rhythm-trial-as-needed-total = { $format ->
        [async] a short written question only when a decision needs it, and nothing in between
       *[other] a { $minutes }-minute session only when a decision needs it, and nothing in between
    }

# What one round of the rhythm is called, put into sentences as $unit or $rhythmUnit (rhythm.unit,
# the message templates' unit). $kind: session (recurring, talked), note (recurring, written),
# conversation or question (the single one, talked or written), exchange (the message templates'
# written round).
rhythm-unit = { $kind ->
        [note] note
        [conversation] conversation
        [question] question
        [exchange] exchange
       *[session] session
    }
