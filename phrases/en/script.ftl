### The prep doc's script and the notes around it (src/core/render/rules/opening.ts, acknowledgement.ts,
### ask.ts, pause.ts, script.ts). Variables every message has: $tone, $relationship, $firstResponse… (shared.ftl).

## The first answer, when it was read from their words and not confirmed

# $reading: the first answer read from their words (a firstResponse value).
# Notes on the surface of their words (wordsGloss.ts), under the reading note. $phrase: their words, as said.
# In words in a script this tool cannot read, the few it knows. $known: "όχι (not), μήνα (month)", as written.
words-gloss-known = *Words this tool knows in them: { $known }. They may help you confirm the answer; they are not a reading of it.*
words-gloss-see = *Their words { $inshallah ->
        [yes] “inshallah … { $phrase }”
       *[other] “{ $phrase }”
    } can be a real maybe or a courteous no; do not read it as either yet. Watch for a time they name or accept, and for whether they answer your reminder themselves; if it is put off again with no time named, take that as the answer and leave the door open.*
words-gloss-za-now = *In South African English { $justNow ->
        [yes] “just now” means later, not right away{ $nowNow ->
            [yes] , and “now now” means soon
           *[other] {""}
        }
       *[other] “now now” means soon, not this minute
    }: their words name no date, so keep to the time they did name.*
script-reading-note = **Read from their words as { $reading ->
        [no-time] “no time right now”
        [not-now] “not now, maybe later”
        [yes-once] “yes in principle, but later”
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
    }{ $written ->
        [yes] , with a short note in writing first
       *[other] {""}
    }; confirm it in the profile (What they said the first time), or pick the right one: every document follows it.**
# Their words are in the profile, but none of the answers above could be read from them.
script-unread-note = **Their words did not read as any first answer this tool knows, so the documents treat them as a lukewarm reply. Pick what they meant in the profile (What they said the first time): every document follows it.**
# Their words are mostly in a script the reading cannot read. $script: which (greek, hebrew, …, other);
# $words: their words, Markdown-safe. Nothing is built on them: the ask stays one conversation.
script-unread-script-note = **This tool cannot read { $script ->
        [greek] Greek
        [hebrew] Hebrew
        [arabic] Arabic
        [thai] Thai
        [japanese] Japanese
        [chinese] Chinese
        [korean] Korean
        [cyrillic] Cyrillic script
        [devanagari] Devanagari script
       *[other] the script they wrote in
    }, so no document is built on their answer:** “{ $words }” Confirm in the profile what it meant (What they said the first time) and anything they offered or ruled out (What they offered, What they ruled out), in your own words and in any language: every document then follows it. Until then the ask is { $written ->
        [yes] one written question
       *[other] one conversation
    }, and the rhythm is theirs to choose.

## The opening's acknowledgement of their first answer (rules/acknowledgement.ts)

# A yes on a condition, now met: as request-since-yes-on-condition says it.
script-ack-yes-on-condition = { $tone ->
        [formal] When I first asked, you said that { $condition }, we could set up { $offered }. { request-condition-met } I would like to take you up on exactly that.
        [warm] Last time you said that { $condition }, we could set up { $offered }. { request-condition-met } { warm-love-to } take you up on exactly that.
       *[concise] You said that { $condition }, we could set up { $offered }. { request-condition-met } I’m taking you up on that.
    }
# $offered: what they offered, said back to them ("to chat when you’re in London"); $plain: yes when
# it reads plainly out loud (a thing, an infinitive), no when it is quoted.
script-ack-offered = { $plain ->
        [yes] { $tone ->
            [formal] When I first asked, you kindly offered { $offered }. I would like to take you up on exactly that, and no more.
            [warm] Last time you offered { $offered }. { warm-love-to } take you up on exactly that, and no more.
           *[concise] You offered { $offered }. I’m taking you up on exactly that.
        }
       *[no] { $tone ->
            [formal] When I first asked, you kindly offered { offer-said }. I would like to take you up on exactly that, and no more.
            [warm] Last time you offered { offer-said }. { warm-love-to } take you up on exactly that, and no more.
           *[concise] What you offered: { offer-said }. I’m taking you up on exactly that.
        }
    }
# At the coffee, lunch or walk they offered: that is the meeting, so no ask for it and no quote of it
# (the thanks comes just before this sentence).
script-ack-informal-offer = { $tone ->
        [formal] I will keep to the one question I brought.
        [warm] I’ll keep it to the one question I brought.
       *[concise] I have one question.
    }
# $written: yes when what they offered is written only: named as that, never "time".
script-ack-limits = { $written ->
        [yes] { $tone ->
            [formal] When I first asked, you offered to answer my questions in writing. I will keep to that: a written question now and then.
            [warm] Last time you offered to answer my questions in writing, and I’ll keep to that: a written question now and then.
           *[concise] You offered written answers. I’ll keep to a written question now and then.
        }
       *[other] { $tone ->
            [formal] When I first asked, you offered some of your time within clear limits. I would like to stay well inside them.
            [warm] Last time you offered some of your time, within limits, and I want to stay well inside them.
           *[concise] You offered some time, within limits. I’ll stay inside them.
        }
    }
# The limits they set, said back to them ($limits: as typed, turned to "you"; never the gloss "within limits").
# $written: yes when what they offered is written only.
script-ack-limits-said = { $tone ->
        [formal] { $written ->
            [yes] When I first asked, you offered to answer my questions in writing, on your terms: { $limits }. I will keep to them.
           *[other] When I first asked, you set your terms: { $limits }. I will keep to them.
        }
        [warm] { $written ->
            [yes] Last time you offered to answer my questions in writing, on your terms: { $limits }. I’ll keep to that.
           *[other] Last time you told me what works for you: { $limits }. I’ll keep to that.
        }
       *[concise] { $written ->
            [yes] You offered written answers, on your terms: { $limits }. I’ll keep to that.
           *[other] As you said: { $limits }. I’ll keep to that.
        }
    }
# $referTo: who they named instead of themselves.
# The setting has you write to them before the meeting (script-setting-written-first), so this says you
# have written; not that you have talked. The request, sent before that, says "I will get in touch".
# $met: him, her or them when they sent you to that person first ("see X first, then come back"): you
# have met them, and bring the one question that remains; no otherwise. $pronoun: him, her or them.
script-ack-referral-named = { $met ->
        [no] { $tone ->
            [formal] As you suggested, I have { script-referral-reached-to }, and I will let you know how it goes. What I would still value your view on is one specific decision.
            [warm] As you suggested, I’ve { script-referral-reached-to } and will let you know how it goes. What I’d still love your take on is one specific decision.
           *[concise] As you suggested, I’ve { script-referral-reached-to }. One decision still needs you.
        }
       *[other] { $tone ->
            [formal] As you suggested, I met { $referTo } first. One question remains that only you can answer.
            [warm] As you suggested, I met { $referTo } first. One question remains that only you can answer.
           *[concise] As you suggested, I met { $referTo } first. One question remains that only you can answer.
        }
    }
# They said to talk to the one named first: the opening says you did; until then, this note. $pronoun: him, her, them.
script-referral-spoken-add = The line on { $referTo } is for once you have spoken to { $pronoun }{ $door ->
        [first] , as they asked
       *[other] {""}
    }; the checklist puts that first. If you could not meet { $pronoun } in time, say instead: “{ $tone ->
        [formal] You suggested { $referTo }; I have not managed to meet { $pronoun } yet, but I will. What I would still value your view on is one specific decision.
       *[other] You suggested { $referTo }; I haven’t managed to meet { $pronoun } yet, but I will. One decision still needs you.
    }”
script-ack-referral = { $tone ->
        [formal] You suggested I speak with someone else, and I will. What I would still value your view on is one specific decision.
        [warm] You suggested I talk to someone else, and I will. What I’d still love your take on is one specific decision.
       *[concise] You suggested someone else; I will talk to them. One decision still needs you.
    }

## The ask, when it is one conversation and no trial (rules/ask.ts)

# $topic: one (the decision is named in the connection) or none (where to start).
# $plain: yes when the offer reads plainly out loud (script-ack-offered), no when it is quoted.
script-ask-offered = { $tone ->
        [formal] So my request is exactly what you offered, { $plain ->
                [yes] { $offered }
               *[no] { offer-said }
            }, on { $topic ->
                [one] this single decision
               *[none] where we should start
            }. Anything beyond that would be for you to suggest.
        [warm] So my ask is exactly what you offered, { $plain ->
                [yes] { $offered }
               *[no] { offer-said }
            }, on { $topic ->
                [one] this one decision
               *[none] where we should start
            }. Anything more would be your call.
       *[concise] The ask is what you offered, { $plain ->
                [yes] { $offered }
               *[no] { offer-said }
            }, on { $topic ->
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
# A doubt about fit: one conversation first (or one written question); script-ask-one-second
# follows it. $minutes: its length.
script-ask-one-first = { $tone ->
        [formal] So my request is small: one conversation of { $minutes } minutes on { $topic ->
                [one] this single decision
               *[none] where we should start
            }.
        [warm] So my ask is small: one conversation of { $minutes } minutes on { $topic ->
                [one] this one decision
               *[none] where we should start
            }.
       *[concise] I’m asking for one conversation of { $minutes } minutes on { $topic ->
                [one] this one decision
               *[none] where to start
            }.
    }
script-ask-one-first-written = { $tone ->
        [formal] So my request is small: one written question on { $topic ->
                [one] this single decision
               *[none] where we should start
            }.
        [warm] So my ask is small: one written question on { $topic ->
                [one] this one decision
               *[none] where we should start
            }.
       *[concise] I’m asking for one written question on { $topic ->
                [one] this one decision
               *[none] where to start
            }.
    }
# Said after script-ask-one-first or script-ask-one-first-written. $referred: yes when they referred you to someone.
script-ask-one-second = { $tone ->
        [formal] { $referred ->
                [yes] A second conversation would be yours to offer.
               *[no] If afterwards you think someone else would fit better, I would welcome that; a second conversation would be yours to offer.
            }
        [warm] { $referred ->
                [yes] A second conversation would be yours to offer.
               *[no] If afterwards you think someone else would fit better, I’d welcome that; a second conversation would be yours to offer.
            }
       *[concise] { $referred ->
                [yes] A second one is yours to offer.
               *[no] If someone else fits better afterwards, fine; a second one is yours to offer.
            }
    }

## A leader at another company (issue 21, item 2)

# Said once in the ask: what is shared across the two companies and what is kept.
script-ask-outside-share = { $tone ->
        [formal] I would keep it to the architecture problem in general terms: nothing confidential from my { shared-my-org }, and anything you tell me about yours stays with me.
        [warm] I’d keep it to the architecture problem in general terms: nothing confidential from our side, and anything you share about yours stays with me.
       *[concise] General terms only: nothing confidential from my side, and what you tell me about yours stays with me.
    }
# The pause's line for a leader at another company. $company: "Lumen", or "none" when not named.
script-listen-outside = If they ask about your { shared-my-org }’s work, answer in general terms: no customer names, figures, plans or code that are not public. Keep what they tell you about { $company ->
        [none] their { shared-their-org }
       *[other] { $company }
    } to yourself.

# The opening's note when the profile does not say whether your manager knows: the line to add
# once they do (never a marker inside a spoken line). $claim: the line(s), as they would be said.
script-manager-add = { claim-manager-add-lead } “{ $claim }” The “Manager first” template in Mentorship Prep prepares that conversation.

## The acknowledgement, by first answer (rules/acknowledgement.ts)

# $program: the program or guild they pointed to; $joined: yes for a guild or community (joined), no for a program (applied to).
script-ack-enrolled = { $tone ->
        [formal] I have { $joined ->
                [yes] joined
               *[no] applied to
            } the { $program }, as you advised.
        [warm] I’ve { $joined ->
                [yes] joined
               *[no] applied to
            } the { $program }, as you suggested.
       *[concise] I’ve { $joined ->
                [yes] joined
               *[no] applied to
            } the { $program }, as you advised.
    }
script-ack-doubts-fit-enrolled = { $tone ->
        [formal] I have { $joined ->
                [yes] joined
               *[no] applied to
            } the { $program }, as you suggested.
       *[other] I’ve { $joined ->
                [yes] joined
               *[no] applied to
            } the { $program }, as you suggested.
    }
# Their doubt about fit is never said back to them (it saves their face, and yours): the ask was too big.
script-ack-doubts-fit = { $tone ->
        [formal] I may have made my first request sound broader than it is: what I need is much narrower, your experience on one problem.
        [warm] I think I made my first ask sound bigger than it is: what I actually need is much narrower, your experience on one problem.
       *[concise] I made my first ask sound bigger than it is: I need your experience on one problem.
    }
# $reason: their reason in their words; $thisYear: yes when they said “this year”.
script-ack-declined-reason = { $tone ->
        [formal] You told me that mentoring was not possible{ $thisYear ->
                [yes] {" "}this year
               *[no] {""}
            } because of { $reason }, and I respect that. I am not here to ask again for the same thing.
        [warm] You told me mentoring wasn’t possible{ $thisYear ->
                [yes] {" "}this year
               *[no] {""}
            } because of { $reason }, and I respect that. I’m not here to ask for the same thing again.
       *[concise] You said no{ $thisYear ->
                [yes] {" "}this year
               *[no] {""}
            }, because of { $reason }. I respect that. This is not the same ask.
    }
script-ack-declined = { $tone ->
        [formal] You told me that you could not take on mentoring, and I respect that. I am not here to ask again for the same thing.
        [warm] You told me you couldn’t take on mentoring, and I respect that. I’m not here to ask for the same thing again.
       *[concise] You said no to mentoring, and I respect that. This is not the same ask.
    }
script-ack-no-time-stretched = { $tone ->
        [formal] When I first asked, you said you were stretched thin. I took that seriously, so I have come back with something much smaller.
        [warm] Last time you said you were stretched thin, and I heard that. So I’ve come back with something a lot smaller.
       *[concise] Last time you were stretched thin. This ask is much smaller.
    }
script-ack-no-time = { $tone ->
        [formal] When I first raised mentorship, you mentioned how full your calendar is. I took that seriously, so I have come back with something much smaller.
        [warm] Last time you told me your calendar was packed, and I heard that. So I’ve come back with something a lot smaller.
       *[concise] Last time the problem was time. This ask is much smaller.
    }
# No time, in words that name no calendar ("I'm in the districts most weeks"): nothing put in their mouth.
script-ack-no-time-said = { $tone ->
        [formal] When I first raised mentorship, you told me how things stand for you at the moment. I took that seriously, so I have come back with something much smaller.
        [warm] Last time you told me how your weeks look right now, and I heard that. So I’ve come back with something a lot smaller.
       *[concise] Last time the problem was time. This ask is much smaller.
    }
# $when: their milestone (“after the Q3 launch”).
# Where a no is not said outright ($disagreement avoided, or $communication indirect), the leader is
# not asked to say it: they are given an easy way out instead (reader r11: "please tell me" to a
# senior official).
# $offered: yes when you come back for what they offered then ("lo hablamos con un café"): agreed, so no way out.
script-ack-not-now-when = { $condition ->
        [yes] { script-ack-not-now-condition }
        [unconfirmed] { script-ack-not-now-condition-unconfirmed }
       *[other] { $offered ->
            [yes] { script-ack-not-now-when-offered }
           *[other] { script-ack-not-now-when-time }
        }
    }
# Their condition, past the month you expected it: not said as met (the opening's note: script-condition-add).
script-ack-not-now-condition-unconfirmed = { $tone ->
        [formal] When I first asked, you suggested I come back to you { $when }. I am coming back with something small and specific.
        [warm] Last time you said to come back to you { $when }. Here I am, with something small and specific.
       *[concise] You said to come back { $when }. Here’s a small, specific ask.
    }
# The opening's note when the come-back month in the profile has passed and they named a condition.
script-condition-add = { $tone ->
        [formal] Add “That has now happened.” only once what they waited for has happened; if it has not, say where it stands before you ask.
       *[other] Add “That’s happened.” only once what they waited for has happened; if it has not, say where it stands before you ask.
    }
script-ack-not-now-when-offered = { $tone ->
        [formal] When I first asked, you suggested we come back to it { $when }, so I am coming back with something small and specific.
        [warm] Last time you suggested we pick this up { $when }, so here I am, with something small and specific.
       *[concise] You said to come back { $when }. Here’s a small, specific ask.
    }
# A come-back they tied to a condition ($when: "once I’ve run the pilot"): met, not waited out, so no
# "if it is still not a good moment". Use the script only once it is met (the request's note says so).
script-ack-not-now-condition = { $tone ->
        [formal] When I first asked, you suggested I come back to you { $when }. That has now happened, so I am coming back with something small and specific.
        [warm] Last time you said to come back to you { $when }. That’s happened, so here I am, with something small and specific.
       *[concise] You said to come back { $when }. That’s happened. Here’s a small, specific ask.
    }
script-ack-not-now-when-time = { $disagreement ->
        [avoided] { script-ack-not-now-when-easy }
       *[other] { $communication ->
            [indirect] { script-ack-not-now-when-easy }
           *[other] { $tone ->
                [formal] When I first asked, you suggested we come back to it { $when }, so I am coming back with something small and specific. If this is still not a good moment, please tell me.
                [warm] Last time you suggested we pick this up { $when }, so here I am, with something small and specific. If it’s still not a good moment, just tell me.
               *[concise] You said to come back { $when }. Here’s a small, specific ask. If it’s still not the moment, say so.
            }
        }
    }
script-ack-not-now-when-easy = { $tone ->
        [formal] When I first asked, you suggested we come back to it { $when }, so I am coming back with something small and specific. If the timing is still not right, I will understand completely.
        [warm] Last time you suggested we pick this up { $when }, so here I am, with something small and specific. If the timing still isn’t right, I completely understand.
       *[concise] You said to come back { $when }. Here’s a small, specific ask. If the timing is still not right, I understand.
    }
script-ack-not-now = { $disagreement ->
        [avoided] { script-ack-not-now-easy }
       *[other] { $communication ->
            [indirect] { script-ack-not-now-easy }
           *[other] { $tone ->
                [formal] When I first asked, you said the timing was not right. I hope this is a better moment; if it is not, please tell me and I will come back later.
                [warm] Last time you said the timing wasn’t great. I hope now is better, and if it isn’t, just tell me and I’ll come back later.
               *[concise] Last time the timing was wrong. If it still is, say so and I’ll come back later.
            }
        }
    }
script-ack-not-now-easy = { $tone ->
        [formal] When I first asked, you said the timing was not right. I hope this is a better moment; if it is not, I will understand completely and come back later.
        [warm] Last time you said the timing wasn’t great. I hope now is better, and if it isn’t, I completely understand and will come back later.
       *[concise] Last time the timing was wrong. If it still is, I understand and will come back later.
    }
script-ack-noncommittal-see = { $tone ->
        [formal] You kindly said you would see what you could do. To make that easier, I have narrowed my request to something specific.
        [warm] You were kind enough to say you’d see what you could do, so I’ve tried to make that easy: I’ve narrowed my ask to something much more concrete.
       *[concise] You said you’d see what you could do. To make it easy: a much narrower ask.
    }
# A vague yes whose words said nothing about the first ask: nothing is claimed about it.
# It follows the opening's thanks, which is the one thank-you: it does not thank again.
script-ack-noncommittal-open = { $tone ->
        [formal] You kept the door open when I first asked, so I have thought about what would make this easy for you, and kept it to one specific problem.
        [warm] You kept the door open last time, so I’ve thought about what would make this easy for you, and kept it to one specific problem.
       *[concise] You kept the door open, so this is one specific problem.
    }
# Their words said the first ask was too big or unclear ("sounded like a lot").
script-ack-noncommittal = { $tone ->
        [formal] When I first asked, I think my request was too broad to say yes to. I have narrowed it down to something specific.
        [warm] I think last time I asked for something too big and too fuzzy to say yes to. { warm-love-to } try again with something much more concrete.
       *[concise] Last time my ask was too broad. Here is a sharper version.
    }
script-ack-program-named = { $tone ->
        [formal] You pointed me to the { $program }, and I have { $joined ->
                [yes] joined it
               *[no] applied
            }, as you advised. What I would like to bring you today is narrower: one architecture problem where your experience is specific.
        [warm] You pointed me to the { $program }, and I’ve { $joined ->
                [yes] joined it
               *[no] applied
            }, as you suggested. What I’d like to bring you is narrower: one architecture problem where your experience is really specific.
       *[concise] You pointed me to the { $program }; I’ve { $joined ->
                [yes] joined
               *[no] applied
            }. This is narrower: one problem your experience fits.
    }
script-ack-program = { $tone ->
        [formal] You pointed me to the mentoring program, which is good advice for general growth. What I would like to bring you today is narrower: one architecture problem where your experience is specific.
        [warm] You pointed me to the mentoring program, and that was good advice for growing in general. What I’d like to bring you is narrower: one architecture problem where your experience is really specific.
       *[concise] You pointed me to the program; good for general growth. This is narrower: one problem your experience fits.
    }
# $named: your manager's name when they named them ("Talk to Marcos first"), else none. $knows: the
# profile says your manager knows (managerKnows); otherwise nothing claims you talked to them.
script-ack-manager = { $knows ->
        [yes] { $tone ->
            [formal] You suggested I involve { script-ack-manager-who }, and you were right. I have talked it through with { script-ack-manager-them } first.
            [warm] You suggested I talk to { script-ack-manager-who } first, and you were right, so I did.
           *[concise] You said to talk to { script-ack-manager-who } first. I did.
        }
       *[other] { $tone ->
            [formal] You suggested I involve { script-ack-manager-who } first, and you were right. I will talk it through with { script-ack-manager-them } before anything is agreed between us.
            [warm] You suggested I talk to { script-ack-manager-who } first, and you were right. I’ll do that before anything is agreed between us.
           *[concise] You said to talk to { script-ack-manager-who } first. I will, before we agree anything.
        }
    }
script-ack-manager-who = { $named ->
        [none] my { $managerWord }
       *[other] { $named }
    }
script-ack-manager-them = { $named ->
        [none] them
       *[other] { $named }
    }
# $exposureTo: what they said you need more exposure to.
script-ack-not-ready-exposure = { $tone ->
        [formal] You suggested I get more exposure to { $exposureTo } first, and that was fair. This would be one way to get it: your advice on the decisions I have to take to { $exposureTo }.
        [warm] You said I should get more exposure to { $exposureTo } first, and that was fair. This is exactly how I’d get it: your help with the decisions I have to take to { $exposureTo }.
       *[concise] You said: more exposure to { $exposureTo } first. That’s fair. This is how I’d get it: your help with what I take to { $exposureTo }.
    }
script-ack-not-ready = { $documents ->
        [none] { $tone ->
            [formal] You said you were not sure I was ready for this. That was fair, so I have framed the decision for you: the context, my pick, and why; you can judge for yourself.
            [warm] You said you weren’t sure I was ready, and that was fair. So here is the decision as I see it: the context, my pick, and why, and you can judge for yourself.
           *[concise] You weren’t sure I was ready. Fair: here is my pick and why; judge for yourself.
        }
       *[other] { $tone ->
            [formal] You said you were not sure I was ready for this. That was fair, which is why I have brought a short write-up of the problem, so that you can judge for yourself.
            [warm] You said you weren’t sure I was ready, and that was fair. So I’ve brought a short write-up of the problem, and you can judge for yourself.
           *[concise] You weren’t sure I was ready. Fair: here is my write-up, judge for yourself.
        }
    }
script-ack-no-reply = { $tone ->
        [formal] I wrote to you a few weeks ago, and I would like to ask again, in person and much more specifically.
        [warm] I sent you a note a while back, and I’d like to ask again, in person and much more specifically.
       *[concise] I wrote to you a while ago. Asking again, in person, and more specifically.
    }
# Their first answer is not one the tool could read: nothing is claimed about it, or about the first ask.
script-ack-other = { $tone ->
        [formal] Since we last spoke about mentorship, I have thought about how to make my request more specific.
        [warm] I’ve been thinking since we last talked, and I’d like to put my ask more concretely.
       *[concise] Since we last spoke, I’ve made my ask more specific.
    }

## The opening and the connection (rules/opening.ts)
# $name: “, Dana” after the thanks, or empty without a name.

script-thanks-reply = { $tone ->
        [formal] Thank you again for your kind reply{ $name }.
        [warm] Thanks again for your reply{ $name }.
       *[concise] Thanks for your reply{ $name }.
    }
# At their home or a family meal. $family: yes when their words named the household.
script-thanks-hospitality = { $tone ->
        [formal] Thank you for having me{ $name }{ $family ->
            [yes] , and please thank your family for their welcome
           *[other] {""}
        }.
        [warm] Thank you so much for having me{ $name }{ $family ->
            [yes] , and please thank the family for me
           *[other] {""}
        }; it’s really kind of you.
       *[concise] Thanks for having me{ $name }{ $family ->
            [yes] , and thank the family for me
           *[other] {""}
        }.
    }
script-thanks-hierarchical = { $tone ->
        [formal] Thank you for agreeing to meet with me{ $name }; I know how many demands there are on your time.
        [warm] Thank you for making the time{ $name }; I know how much is on your plate.
       *[concise] Thank you for the time{ $name }. I’ll be brief.
    }
# $meetingMinutes: the meeting’s length (15); $minutesInWords: the same in words (fifteen).
script-thanks-no-time = { $tone ->
        [formal] Thank you for making time for this{ $name }; I will keep it to { $meetingMinutes } minutes.
        [warm] Thanks for fitting me in{ $name }; I’ll keep this to { $meetingMinutes } minutes.
       *[concise] Thanks for the time{ $name }. I’ll keep it to { $minutesInWords } minutes.
    }
script-thanks = { $tone ->
        [formal] Thank you for making time for this{ $name }.
        [warm] Thanks for fitting me in{ $name }.
       *[concise] Thanks for the time{ $name }.
    }
script-opening-written-stretched = { $tone ->
        [formal] When I first asked, you said you were stretched thin{ $name }, so what I would like to propose needs none of your calendar: everything happens in writing, in your own time.
        [warm] Last time you said you were stretched thin{ $name }, and I heard that. So what I have in mind needs none of your calendar: it all happens in writing, whenever it suits you.
       *[concise] Last time you were stretched thin{ $name }. So this needs none of your calendar: it is all in writing, in your own time.
    }
script-opening-written-no-time = { $tone ->
        [formal] When I first raised mentorship, you mentioned how full your calendar is{ $name }, so what I would like to propose needs none of it: everything happens in writing, in your own time.
        [warm] Last time you told me your calendar was packed{ $name }, and I heard that. So what I have in mind needs none of it: it all happens in writing, whenever it suits you.
       *[concise] Last time the problem was time{ $name }. So this needs none of your calendar: it is all in writing, in your own time.
    }
script-opening-written-no-time-said = { $tone ->
        [formal] When I first raised mentorship, you told me how things stand for you at the moment{ $name }, so what I would like to propose needs none of your time in meetings: everything happens in writing, in your own time.
        [warm] Last time you told me how your weeks look right now{ $name }, and I heard that. So what I have in mind needs no meeting: it all happens in writing, whenever it suits you.
       *[concise] Last time the problem was time{ $name }. So this needs no meeting: it is all in writing, in your own time.
    }
script-opening-manager-suggested = { $tone ->
        [formal] As you suggested, I have spoken with my { $managerWord } first, so they know I am asking you.
        [warm] As you suggested, I talked to my { $managerWord } first, so they know I’m asking you.
       *[concise] As you suggested, I told my { $managerWord } first. They know I’m asking you.
    }
script-opening-referral-talked = { $tone ->
        [formal] As you suggested, I will speak with { $referral }; what I would still value your view on is one specific decision.
        [warm] As you suggested, I’ll talk to { $referral }; what I’d still love your take on is one specific decision.
       *[concise] I’ll talk to { $referral }, as you suggested. One decision still needs you.
    }
script-relation-former-manager = { $tone ->
        [formal] This is a different request from the ones I brought you as my manager. You are not responsible for my career any more, and I am not asking you to be. What I would value is your judgment on hard decisions.
        [warm] I want to be clear this isn’t like when you were my manager. You’re not responsible for my career any more, and I’m not asking you to be. What { warm-love } is your judgment on the hard calls.
       *[concise] Different from when you managed me: not my career, just your judgment on hard decisions.
    }
# $written: yes when the script is itself a written message (the ask is in writing): "writing to you", not "here".
script-relation-skip-level = { $written ->
        [yes] { $tone ->
            [formal] My manager knows I am writing to you, and why.
            [warm] My manager knows I’m writing to you, and why.
           *[concise] My manager knows I’m writing to you, and why.
        }
       *[no] { $tone ->
            [formal] My manager knows I am here, and why.
            [warm] My manager knows I’m here, and why.
           *[concise] My manager knows I’m here, and why.
        }
    }
script-relation-cross-team = { $tone ->
        [formal] As I am not on your team, let me be clear: I am asking for your advice on one problem, not for your people’s time.
        [warm] I know I’m not on your team, so to be clear up front: I’m asking for your advice on one problem, not your people’s time.
       *[concise] This needs your advice, not your people’s time.
    }
script-opening-manager-supports = { $tone ->
        [formal] My manager knows I am asking you.
        [warm] My manager knows I’m asking you.
       *[concise] My manager knows I’m asking you.
    }
# $short: the 30-second version of the ask (rhythm.ts).
script-opening-short-executive = { $tone ->
        [formal] Let me give you the short version first. { $short }
        [warm] Here’s the short version. { $short }
       *[concise] { $short }
    }
script-opening-short = { $tone ->
        [formal] Let me start with what I am asking, and then explain why. { $short }
        [warm] Let me start with the ask, then the why. { $short }
       *[concise] Here’s the short version first. { $short }
    }
script-praise-work-indirect = { $tone ->
        [formal] Your work on { $initiative } is much of why I am asking you.
        [warm] Part of why I wanted to ask you is the work you led on { $initiative }.
       *[concise] Your work on { $initiative } is why I’m asking you.
    }
script-praise-work = { $tone ->
        [formal] The work you led on { $initiative } is the reason I am asking you.
        [warm] The work you led on { $initiative } is a big part of why I’m asking you.
       *[concise] Your work on { $initiative } is why I’m asking you.
    }
# $praise (a fact): understated where the leader's country finds superlatives insincere (presets.ts):
# plain, specific praise, no "really", "exactly", "better than anyone".
script-praise-decision-there = { $tone ->
        [formal] One decision in particular has stayed with me: { $decision }.
        [warm] One decision there { $praise ->
            [understated] stuck with me
           *[other] really stuck with me
        }: { $decision }.
       *[concise] One decision stuck with me: { $decision }.
    }
script-praise-decision = { $tone ->
        [formal] One decision of yours in particular has stayed with me: { $decision }.
        [warm] One decision of yours { $praise ->
            [understated] stuck with me
           *[other] really stuck with me
        }: { $decision }.
       *[concise] One decision of yours stuck with me: { $decision }.
    }
# $expertiseSentence: a sentence about them, from the profile; $bridge: the question that ties it to your challenge.
script-connection-expertise-clause = { $tone ->
        [formal] { $expertiseSentence } That experience is directly relevant. Your perspective on { $bridge } would help us avoid expensive mistakes.
        [warm] { $expertiseSentence } { $praise ->
            [understated] That’s the experience I’m missing, and I’d value your take on { $bridge }.
           *[other] That’s exactly the perspective I don’t have yet. I’d really value your take on { $bridge }.
        }
       *[concise] { $expertiseSentence } That’s the experience I need. I want your view on { $bridge }.
    }
script-connection-expertise = { $tone ->
        [formal] Your experience with { $expertise } is directly relevant. Your perspective on { $bridge } would help us avoid expensive mistakes.
        [warm] { $praise ->
            [understated] Your experience with { $expertise } is what I’m missing, and I’d value your take on { $bridge }.
           *[other] Your experience with { $expertise } is exactly the perspective I don’t have yet. I’d really value your take on { $bridge }.
        }
       *[concise] { $praise ->
            [understated] Your experience with { $expertise } is what I’m missing. I’d like your view on { $bridge }.
           *[other] You know { $expertise } better than anyone I can ask. I want your view on { $bridge }.
        }
    }
# The same, when the ask that follows names the question itself: why them, without the question.
script-connection-expertise-clause-only = { $tone ->
        [formal] { $expertiseSentence } That experience is directly relevant to it.
        [warm] { $expertiseSentence } { $praise ->
            [understated] That’s the experience I’m missing.
           *[other] That’s exactly the perspective I don’t have yet.
        }
       *[concise] { $expertiseSentence } That’s the experience I need.
    }
script-connection-expertise-only = { $tone ->
        [formal] Your experience with { $expertise } is directly relevant to it.
        [warm] { $praise ->
            [understated] Your experience with { $expertise } is what I’m missing.
           *[other] Your experience with { $expertise } is exactly the perspective I don’t have yet.
        }
       *[concise] { $praise ->
            [understated] Your experience with { $expertise } is what I’m missing.
           *[other] You know { $expertise } better than anyone I can ask.
        }
    }
script-connection-challenge = { $tone ->
        [warm] What’s on my mind most right now is { $challengeTopic }.
       *[other] Our current challenge is { $challengeIs }.
    }
script-connection-goal = { $tone ->
        [formal] It is also part of a larger goal: within a year, I want to { $goal }.
        [warm] It’s also part of something bigger for me: in a year, I want to { $goal }.
       *[concise] Bigger goal: in a year, I want to { $goal }.
    }
script-connection-skip-level = { $tone ->
        [formal] From where you sit, you see how decisions like this play out across several teams, which is the view I cannot get from inside mine.
        [warm] From where you sit, you see how this kind of decision plays out across teams, and that’s the view I can’t get from inside mine.
       *[concise] You see how this plays out across teams; I only see my own.
    }
# $single: yes when the ask is one conversation: one decision is brought, not a promise about later ones.
script-connection-executive = { $single ->
        [yes] { $tone ->
            [formal] I know your time is the scarcest thing here, so I have brought one decision, and only one.
            [warm] I know your time is about the scarcest thing around here, so I’ve brought just one decision.
           *[concise] Your time is scarce; I’ve brought one decision.
        }
       *[other] { $tone ->
            [formal] I know your time is the scarcest thing here, so I will only bring decisions that are worth it.
            [warm] I know your time is about the scarcest thing around here, so I’ll only bring you decisions that are worth it.
           *[concise] Your time is scarce; I’ll only bring decisions worth it.
        }
    }
script-connection-former-manager = { $tone ->
        [formal] You know how I think, so if you see a flaw in my reasoning on a decision, I would ask you to say so.
        [warm] You know how I think, so if you spot a flaw in my reasoning on a decision, please say so.
       *[concise] You know how I think. If you see a flaw in my reasoning, say so.
    }

## The script as a written message, and its 30-second version (rules/script.ts)

# They offered to answer in writing: the script is the first note itself, with the user's parts to fill in.
script-first-note-decision = { $tone ->
        [formal] Here is the first decision: *(the decision)*. The options are *(A)* and *(B)*; I recommend *(B)*, because *(the one reason)*.
        [warm] Here’s the first decision: *(the decision)*. The options are *(A)* and *(B)*; I’d go with *(B)*, because *(the one reason)*.
       *[concise] The decision: *(the decision)*. *(A)* or *(B)*; I’d pick *(B)*, because *(the one reason)*.
    }
# They asked for a short note in writing first: the note closes with the next step left to them.
script-written-first-closing = { $tone ->
        [formal] If it would help to talk it through afterwards, I will follow your lead.
        [warm] If you’d like to talk it through after that, I’ll follow your lead.
       *[concise] If you’d like to talk it through afterwards, just say.
    }
# The note's opening when they asked for it ("put something small in writing for me"). $name: how they are addressed.
# $referTo: the person they sent you to first, after whom they asked you to write ("none" otherwise).
script-ack-written-first = { $referTo ->
        [none] { $tone ->
            [formal] Thank you for your reply{ $name }. As you asked, here it is in writing, and kept short.
            [warm] Thanks for your reply{ $name }. As you asked, here it is in writing, kept short.
           *[concise] As you asked: in writing, and short.
        }
       *[other] { $tone ->
            [formal] You asked me to write to you once I had spoken with { $referTo }, so here it is{ $name }: one question that remains, kept short.
            [warm] You said to write to you once I’d spoken to { $referTo }, so here it is{ $name }: one question that’s still open, kept short.
           *[concise] You said to write to you once I had spoken to { $referTo }, so here it is: one question that remains.
        }
    }
# The first note when the user chose to work in writing: what it is, before the question. $name: ", Director Lin" or "".
script-own-note-opening = { $tone ->
        [formal] I would value your view on one decision{ $name }. I have put it in writing, with my options and my recommendation, so that you can answer when it suits you.
        [warm] { warm-love } your view on one decision{ $name }. I’ve put it in writing, with my options and what I’d pick, so you can answer whenever it suits you.
       *[concise] One decision I’d value your view on{ $name }, in writing so you can answer when it suits you.
    }
script-first-note-closing = { $tone ->
        [formal] Thank you for offering this.
        [warm] Thanks again for offering this.
       *[concise] Thanks.
    }
script-message-closing = { $tone ->
        [formal] Thank you for considering it.
        [warm] Thanks so much for considering it.
       *[concise] Thanks for considering it.
    }
script-noreply-opening = { $tone ->
        [formal] I wrote to you about mentorship a while ago{ $name }. I know how many messages reach you, so this time I am asking for much less: one question, on one decision.
        [warm] I wrote to you about mentorship a while back{ $name }. I know how full your inbox is, so this time I’m asking for much less: one question, on one decision.
       *[concise] I wrote to you a while ago{ $name }. This time: one question, one decision.
    }
# No reply to a written ask: the re-ask is the question itself. $bridge: the question.
script-noreply-question = { $tone ->
        [formal] My question is about { $bridge }. Below are the decision, my options and my recommendation, in a few lines; a reply of two or three lines would be enough.
        [warm] My question is about { $bridge }. The decision, my options and what I’d recommend are below, in a few lines; two or three lines back would be plenty.
       *[concise] My question is about { $bridge }. Decision, options and my pick below; two or three lines back is enough.
    }
# $valueSentence: what you give back, a whole sentence from the profile.
script-noreply-return-clause = In return: { $valueSentence }
script-noreply-return = { $tone ->
        [formal] In return, I will share { $value }.
        [warm] In return, I’ll share { $value }.
       *[concise] In return: { $value }.
    }
script-noreply-closing = { $tone ->
        [formal] Thank you for reading this. If now is not the moment, there is no need to reply.
        [warm] Thanks for reading this. If now isn’t the moment, no need to reply.
       *[concise] Thanks. If now isn’t the moment, no reply needed.
    }
script-short-experience = { $tone ->
        [formal] Your experience is what I am missing.
        [warm] { $praise ->
            [understated] Your experience is what I’m missing.
           *[other] Your experience is exactly the perspective I don’t have yet.
        }
       *[concise] Your experience is what I’m missing.
    }
script-short-experience-with = { $tone ->
        [formal] Your experience with { $expertise } is what I am missing.
        [warm] { $praise ->
            [understated] Your experience with { $expertise } is what I’m missing.
           *[other] Your experience with { $expertise } is exactly the perspective I don’t have yet.
        }
       *[concise] Your experience with { $expertise } is what I’m missing.
    }
# The 30-second version: the problem, why them (script-short-experience*), then the ask.
script-short-working-on = { $tone ->
        [formal] I am working on { $challengeTopic }.
       *[other] I’m working on { $challengeTopic }.
    }

## The pause (if they need time) and the closing (rules/pause.ts)

script-think-hierarchical = { $documents ->
        [none] { $tone ->
            [formal] Of course. I will send you the question in a short message today, and I will wait to hear from you.
            [warm] Of course. I’ll send you the question in a short message today and wait to hear from you.
           *[concise] Of course. The question in a short message today; I’ll wait for you.
        }
       *[other] { $tone ->
            [formal] Of course. I will send a short written summary today, and I will wait to hear from you.
            [warm] Of course. I’ll send you a short summary today and wait to hear from you.
           *[concise] Of course. Summary today; I’ll wait for you.
        }
    }
script-think-leave-it = { $tone ->
        [formal] Of course, please take whatever time you need; I will leave it with you.
        [warm] Of course, take all the time you need; it’s with you.
       *[concise] Of course. It’s with you.
    }
# Put off once with a come-back named, and they put it off again: the one timing, the later month
# proposed ($later, "July"), or one agreed before you leave ($later: none).
script-think-not-now = { $later ->
        [none] { $comeBackOn ->
            [condition] { $tone ->
                [formal] Of course. Then I will come back when *(what they are waiting for now)*, and not before.
                [warm] Of course, take your time. Then I’ll come back when *(what they are waiting for now)*, and not before.
               *[concise] Of course. I’ll come back when *(what they are waiting for now)*; not before.
            }
           *[other] { script-think-not-now-month }
        }
       *[other] { script-think-not-now-later }
    }
script-think-not-now-month = { $tone ->
        [formal] Of course. Which month would suit you better? I will put it in my own calendar and write to you then.
        [warm] Of course, take your time. Which month would suit you better? I’ll put it in my own calendar and write to you then.
       *[concise] Of course. Which month suits you better? I’ll write then.
    }
script-think-not-now-later = { $tone ->
        [formal] Of course. Then I will come back to you in { $later }, unless another month suits you better.
        [warm] Of course, take your time. Then I’ll come back to you in { $later }, unless another month suits you better.
       *[concise] Of course. I’ll come back in { $later }, unless another month suits you better.
    }
# $totalTime: what the arrangement costs them over three months (“about 2 hours”).
script-think-cost = { $tone ->
        [formal] Of course. The summary I send today will show exactly what it would cost you: { $totalTime } over three months. I will follow up at the end of next week.
        [warm] Of course. The note I send today will show exactly what it costs you: { $totalTime } over three months. I’ll check in next week.
       *[concise] Sure. The summary I send today will show the cost: { $totalTime } over three months. I’ll check back next week.
    }
script-think-written = { $tone ->
        [formal] Of course. I will send the summary today, written the way the notes would be, so that you can see exactly what you would be agreeing to.
        [warm] Of course. I’ll send the summary today, written just like the notes would be, so you can see exactly what you’d be signing up for.
       *[concise] Sure. Summary today, written like the notes would be. You’ll see what you’re agreeing to.
    }
script-think-nothing-to-decide = { $tone ->
        [formal] Of course. Nothing needs deciding today; when the first decision is ready, I will bring it with the question, and you can decide then.
        [warm] Of course. Nothing needs deciding today; when the first real decision comes up, I’ll bring it with the question and you can decide then.
       *[concise] Sure. There’s nothing to decide today. I’ll come with the first real decision; decide then.
    }
script-think-follow-up = { $documents ->
        [none] { $tone ->
            [formal] Of course. Would it help if I sent you the question in a short message, so you can consider it when convenient? I will follow up at the end of next week.
            [warm] { $register ->
                    [neutral] I understand. I’ll send you the question in a short message so it is easy to look at later, and I’ll check in again next week, if that suits you.
                   *[other] { $praise ->
                        [understated] That’s fair.
                       *[other] Totally fair.
                    } I’ll send you the question in a short message so it’s easy to look at later, and I’ll check in again next week, if that works for you?
                }
           *[concise] Sure. I’ll send the question in a short message today and check back next week.
        }
       *[other] { $tone ->
            [formal] Of course. Would it help if I sent a short written summary, so you can consider it when convenient? I will follow up at the end of next week.
            [warm] { $register ->
                    [neutral] I understand. I’ll send you a short note with the proposal so it is easy to look at later, and I’ll check in again next week, if that suits you.
                   *[other] { $praise ->
                        [understated] That’s fair.
                       *[other] Totally fair.
                    } I’ll send you a short note with the proposal so it’s easy to look at later, and I’ll check in again next week, if that works for you?
                }
           *[concise] Sure. I’ll send a three-line summary today and check back next week.
        }
    }
script-closing-the-conversation = { $tone ->
        [formal] Thank you; this was exactly what I asked for. If another conversation would ever be useful to you, I would welcome it, but it is entirely yours to offer.
        [warm] Thank you, this was exactly what I hoped for. If another conversation would ever be useful to you, { warm-love } that, but it’s completely your call.
       *[concise] Thank you; that’s all I asked for. If another would ever help you, I’d be glad.
    }
# What they offered stands ("15 minutes on a Friday sometimes"): the close asks for another of those slots, later.
script-closing-standing = { $tone ->
        [formal] Thank you; this was exactly what I asked for. When the next decision is ready, may I ask for another of the slots you offered?
        [warm] Thank you, this was exactly what I hoped for. When the next decision is ready, could I take another of the slots you offered?
       *[concise] Thank you, that’s all I asked for. May I ask for another slot when the next decision is ready?
    }
script-closing-hierarchical = { $tone ->
        [formal] Thank you for your time and for considering this. I will follow your lead on the next step.
        [warm] Thank you so much for considering it. I’ll follow your lead on what comes next.
       *[concise] Thank you. The next step is up to you.
    }
script-closing-declined = { $tone ->
        [formal] Thank you for hearing me out again; I am grateful for your candor.
        [warm] Thank you for hearing me out again. I really appreciate your honesty.
       *[concise] Thanks for hearing me out again.
    }
script-closing-indirect = { $tone ->
        [formal] Thank you for considering this. Whatever suits you best will suit me.
        [warm] Thank you, really. Whatever you decide, I appreciate you hearing me out.
       *[concise] Thanks. Whatever you decide works for me.
    }
# $written: yes when the rhythm is written (the first note), no for a pre-read.
script-closing-recurring = { $tone ->
        [formal] Thank you for considering this. If the answer is yes, I will send the first { $written ->
                [yes] note
               *[no] { $documents ->
                    [none] question
                   *[other] pre-read
                }
            } within the week.
        [warm] Thank you, really. If it’s a yes, I’ll send the first { $written ->
                [yes] note
               *[no] { $documents ->
                    [none] question
                   *[other] pre-read
                }
            } this week.
       *[concise] Thanks. If it’s a yes, you’ll have the first { $written ->
                [yes] note
               *[no] { $documents ->
                    [none] question
                   *[other] pre-read
                }
            } this week.
    }
script-closing-first-decision = { $tone ->
        [formal] Thank you for considering this. If the answer is yes, I will come to you when the first decision is ready, and not before.
        [warm] Thank you, really. If it’s a yes, I’ll come to you when the first decision is ready, and not before.
       *[concise] Thanks. If yes, I’ll come when the first decision is ready.
    }
# A yes with limits: agreed already, so thanks and the next step, with no "if it's a yes". $written: yes
# when what they offered is written; $rhythm: yes when they named a rhythm ("a quarter of an hour a month"),
# one when they ruled one out ("nothing regular"): one conversation, closed with what you will send.
script-closing-agreed = { $rhythm ->
        [one] { $tone ->
            [formal] Thank you; this has been a real help. I will send you { $documents ->
                [none] two lines on what I decided
               *[other] the write-up
            }.
            [warm] Thanks, this really helps. I’ll send you { $documents ->
                [none] two lines on what I decided
               *[other] the write-up
            }.
           *[concise] Thanks, this helps. I’ll send you { $documents ->
                [none] two lines on what I decided
               *[other] the write-up
            }.
        }
        [yes] { $tone ->
            [formal] Thank you. I will send the invitations for the next ones and bring one prepared decision each time.
            [warm] Thank you, really. I’ll send the invites for the next ones and bring one decision each time.
           *[concise] Thanks. I’ll send the next invites; one decision each time.
        }
       *[other] { script-closing-agreed-offer }
    }
script-closing-agreed-offer = { $tone ->
        [formal] Thank you. I will come back to you{ $written ->
            [yes] {" "}in writing
           *[other] {""}
        } when the next real decision comes up, and not before.
        [warm] Thank you, really. I’ll come back to you{ $written ->
            [yes] {" "}in writing
           *[other] {""}
        } when the next real decision comes up, and not before.
       *[concise] Thanks. I’ll come back when the next real decision comes up.
    }
# Said after the closing line, in the same paragraph (script-closing-*).
script-closing-former-manager = { $tone ->
        [formal] It would be good to work with you again, in a different way.
        [warm] It’d be really good to work with you again, just in a different way.
       *[concise] Good to work with you again, differently.
    }
script-closing-cross-team = { $tone ->
        [formal] If the summaries would be useful to your team, they are yours to share.
        [warm] And if the summaries would help your team, they’re yours to share.
       *[concise] The summaries are yours to share with your team.
    }
script-closing-executive-one-page = { $documents ->
        [none] { $tone ->
            [formal] I will keep everything I send you to a few lines in a message.
            [warm] And I’ll keep everything I send you to a few lines in a message.
           *[concise] Everything I send fits in a few lines.
        }
       *[other] { $tone ->
            [formal] I will keep everything I send you to a single page.
            [warm] And I’ll keep everything I send you to one page.
           *[concise] Everything I send fits on one page.
        }
    }
script-closing-executive-summary = { $documents ->
        [none] { $tone ->
            [formal] I will send you the question in a short message today.
            [warm] I’ll send you the question in a short message today.
           *[concise] The question to you today, in a short message.
        }
       *[other] { $tone ->
        [formal] I will send you the short summary today.
        [warm] I’ll send you the short summary today.
       *[concise] Summary to you today.
        }
    }

## The ask (rules/ask.ts)

# After a written no, this meeting is the one conversation they granted. $question: the decision, or “where we should start”.
# At the coffee they offered: the coffee is the meeting, so the ask is the one question. $question: the bridge.
script-ask-informal = { $tone ->
        [formal] My question is { $question }. I would value your view.
        [warm] Here’s my question: { $question }. { warm-love-to } hear how you see it.
       *[concise] My question: { $question }. How do you see it?
    }
# The decision is yours (your options, your pick); their experience ($question, the bridge) is why you
# ask them which they would back: never "my question is how you persuaded…" welded to your options.
# $topic: the challenge in a few words (“the settlement split”), none when it has none; $hasBridge: yes when the bridge is given.
script-ask-the-conversation = { $tone ->
        [formal] As I wrote, this conversation is all I am asking for. I have a decision to make{ $topic ->
            [none] {""}
           *[other] {" "}on { $topic }
        }, and I have brought my options and my recommendation. { $hasBridge ->
            [yes] Given { $question }, which would you back, and why?
           *[no] Which would you back, and why?
        }
        [warm] As I said in my note, this conversation is all I’m asking for. I have a decision to make{ $topic ->
            [none] {""}
           *[other] {" "}on { $topic }
        }, and I’ve brought my options and what I’d pick. { $hasBridge ->
            [yes] Given { $question }, which would you back, and why?
           *[no] I’d really value your view on which you’d back.
        }
       *[concise] This conversation is all I’m asking for. I have a decision to make{ $topic ->
            [none] {""}
           *[other] {" "}on { $topic }
        }; { $documents ->
            [none] I’ve brought my options and my pick
           *[other] my options and my pick are in the pre-read
        }. { $hasBridge ->
            [yes] Given { $question }, which would you back?
           *[no] Which would you back?
        }
    }
# After a no or no reply. $written: yes for one written question; $minutes: the conversation’s length; $hasBridge: yes when the decision is named.
script-ask-smaller = { $tone ->
        [formal] So my request is much smaller than before: { $written ->
                [yes] one written question
               *[no] one conversation of { $minutes } minutes
            }, on { $hasBridge ->
                [yes] this single decision
               *[no] where we should start
            }. If it is useful, we can decide afterwards whether there should be another.
        [warm] So my ask is much smaller than last time: { $written ->
                [yes] one written question
               *[no] one conversation of { $minutes } minutes
            }, on { $hasBridge ->
                [yes] this one decision
               *[no] where we should start
            }. If it helps, we can decide afterwards whether there’s a second.
       *[concise] The ask: { $written ->
                [yes] one written question
               *[no] one conversation of { $minutes } minutes
            }, on { $hasBridge ->
                [yes] this one decision
               *[no] where we should start
            }. A second one is your call.
    }
script-ask-return-clause = { $tone ->
        [warm] And I’d like to give something back. { $valueSentence }
       *[other] In return: { $valueSentence }
    }
script-ask-return = { $tone ->
        [formal] In return, I will bring { $value }.
        [warm] And I’d like to give something back, so I’ll bring { $value }.
       *[concise] In return: { $value }.
    }
script-ask-skip-level-scope = { $tone ->
        [formal] I would keep it to architecture decisions. Anything about the team stays with my manager, who will see the summaries too.
        [warm] I’d keep it to architecture decisions. Team matters stay with my manager, who’ll see the summaries too.
       *[concise] I’ll keep it to architecture; team matters stay with my manager, who gets the summaries too.
    }
script-ask-former-manager-decisions = { $tone ->
        [formal] And I will bring decisions, not status reports.
        [warm] And I’ll bring you decisions, not status reports.
       *[concise] I’ll bring decisions, not status reports.
    }
# $stakeOwner: what the organization is called here (“the business”, “the mission”).
script-ask-executive-framing = { $tone ->
        [formal] I will frame each decision in terms of what it means for { $stakeOwner }, not only the technology.
        [warm] I’ll frame each decision in terms of what it means for { $stakeOwner }, not just the technology.
       *[concise] I’ll frame each decision for { $stakeOwner }, not just the tech.
    }
script-ask-executive-staff = { $tone ->
        [formal] If someone on your staff would be better placed for a given decision, I would be grateful for an introduction; that is a good outcome too.
        [warm] And if someone on your staff is better placed for a given decision, just point me to them; that’s a great outcome too.
       *[concise] If someone on your staff fits a decision better, point me there; that’s fine too.
    }
script-ask-first-attached = { $documents ->
        [none] { $tone ->
            [formal] The first of those questions is in this message, in three lines: the context, my pick, and why.
            [warm] The first one is in this message, in three lines: the context, my pick, and why.
           *[concise] The first one is below: the context, my pick, and why.
        }
       *[other] { $tone ->
            [formal] The first of those questions is in the one-page summary attached.
            [warm] The first one is in the one-page summary I’ve attached.
           *[concise] The first one is in the attached one-pager.
        }
    }
script-ask-first-described = { $tone ->
        [formal] The first would be the question I have just described.
        [warm] The first would be the one I just described.
       *[concise] The first is the one I just described.
    }
script-ask-calendar-written = { $tone ->
        [formal] There is nothing to put in your calendar: I would write only when a decision is ready.
        [warm] Nothing goes in your calendar: I’d only write when a decision is ready.
       *[concise] Nothing goes in your calendar. I write only when a decision is ready.
    }
script-ask-write-when-ready = { $tone ->
        [formal] I would write only when a decision is ready.
        [warm] I’d only write when a decision is ready.
       *[concise] I’ll write only when a decision is ready.
    }
script-ask-come-when-ready = { $tone ->
        [formal] I would come to you only when a decision is ready.
        [warm] I’d only come to you when a decision is ready.
       *[concise] I come when a decision is ready.
    }
script-ask-calendar-come = { $tone ->
        [formal] There is nothing to put in the calendar now: I would come to you only when a decision is ready.
        [warm] Nothing goes in the calendar now: I’d only come to you when a decision is ready.
       *[concise] Nothing goes in the calendar. I come when a decision is ready.
    }
script-ask-write-when-ready-not-this-time = { $tone ->
        [formal] I would write only when a decision is ready, and ‘not this time’ is always a fine answer.
        [warm] I’d only write when a decision is ready, and ‘not this time’ is always a fine answer.
       *[concise] I’ll write only when a decision is ready, and ‘not this time’ is a fine answer.
    }
script-ask-calendar-written-not-this-time = { $tone ->
        [formal] There is nothing to put in your calendar: I would write only when a decision is ready, and ‘not this time’ is always a fine answer.
        [warm] Nothing goes in your calendar: I’d only write when a decision is ready, and ‘not this time’ is always a fine answer.
       *[concise] Nothing goes in your calendar. I write only when a decision is ready; ‘not this time’ is fine.
    }
script-ask-come-when-ready-not-this-time = { $tone ->
        [formal] I would come to you only when a decision is ready, and you can always say ‘not this time’.
        [warm] I’d only come to you when a decision is ready, and ‘not this time’ is always a fine answer.
       *[concise] I come when a decision is ready; ‘not this time’ is fine.
    }
script-ask-calendar-come-not-this-time = { $tone ->
        [formal] There is nothing to put in the calendar now: I would come to you only when a decision is ready, and you can always say ‘not this time’.
        [warm] Nothing goes in the calendar now: I’d only come to you when a decision is ready, and ‘not this time’ is always a fine answer.
       *[concise] Nothing goes in the calendar. I come when a decision is ready; ‘not this time’ is fine.
    }
script-ask-calendar-written-recurring = { $tone ->
        [formal] Nothing needs to go in your calendar; you answer when it suits you, and a few lines are enough.
        [warm] Nothing goes in your calendar; you answer whenever it suits you, and a few lines are plenty.
       *[concise] Nothing goes in your calendar. Answer when it suits you; a few lines is enough.
    }
# $totalTime: the cost over three months; $inCalls: yes when the rhythm mixes calls and writing.
script-ask-total-time = { $tone ->
        [formal] In total, that is { $totalTime } of your time { $inCalls ->
                [yes] in calls{" "}
               *[no] {""}
            }over three months.
        [warm] { $inCalls ->
                [yes] In calls, that’s
               *[no] All in, that’s
            } { $totalTime } over three months.
       *[concise] That’s { $totalTime } over three months in total.
    }
script-ask-clock = { $tone ->
        [formal] I will keep an eye on the clock, and we stop on time.
        [warm] I’ll keep an eye on the clock, and we stop on time.
       *[concise] I watch the clock; we stop on time.
    }
script-ask-first-note = { $tone ->
        [formal] So that it does not become one more thing for you to remember, I would send the first note this week.
        [warm] So it doesn’t become one more thing for you to remember, I’d send the first note this week.
       *[concise] I’d send the first note this week.
    }
script-ask-first-options = { $tone ->
        [formal] So that it does not become one more thing for you to remember, I would send you two or three options for the first conversation this week.
        [warm] So it doesn’t become one more thing for you to remember, I’d send you a couple of options for the first conversation this week.
       *[concise] I’d send two or three possible times for the first one this week.
    }
# $success: as typed, completing "success means …" (a clause, a noun or a verb phrase): never after "if" or "whether".
script-ask-success = { $tone ->
        [formal] After three months, success would mean: { $success }. Then we can decide whether to continue.
        [warm] For me, success after three months would mean: { $success }. Then we decide together whether to keep going.
       *[concise] After three months, success means { $success }.
    }
script-ask-review = { $tone ->
        [formal] At the end of the three months, we can review whether it is worth continuing.
        [warm] { $register ->
                [neutral] After three months we see if it’s still useful for both of us; stopping then is a good outcome too.
               *[other] After three months we see if it’s still useful for both of us, no hard feelings either way.
            }
       *[concise] After three months we review; stopping is a fine result.
    }
script-ask-rhythm-yours = { $tone ->
        [formal] I would welcome your view on the rhythm and the format; you know your calendar best.
        [warm] If a different rhythm or format would suit you better, I’m happy to follow your lead.
       *[concise] Rhythm and format are up to you.
    }
script-ask-summary-after = { $tone ->
        [formal] Afterwards I will send you a short summary of what I decided, and that will be the end of what I asked for.
        [warm] Afterwards I’ll send you a short summary of what I decided, and that’s the end of what I asked for.
       *[concise] Afterwards: a short summary of what I decided. That’s all.
    }
# After a yes with limits, in an indirect culture: they already said yes, so there is
# nothing to think over; the one courtesy is their timing.
script-ask-offered-when-suits = { $tone ->
        [formal] Only when it is convenient for you, of course; I will always ask first.
        [warm] Only when it suits you, of course; I’ll always check first.
       *[concise] Only when it suits you; I’ll check first.
    }
# Followed by the exit (advice-exit), when there is one.
script-ask-no-need-today = { $documents ->
        [none] { $tone ->
            [formal] There is no need to decide today. I will send you the question in a short message, so that you can consider it when convenient.
            [warm] You don’t need to answer now. I’ll send you the question in a short message, so you can think it over.
           *[concise] No need to answer now. I’ll send the question in a short message.
        }
       *[other] { $tone ->
            [formal] There is no need to decide today. I will send you a short written summary, so that you can consider it when convenient.
            [warm] You don’t need to answer now. I’ll send a short note with this, so you can think it over.
           *[concise] No need to answer now. I’ll send a short written summary.
        }
    }
script-ask-would-that-work = { $tone ->
        [concise] Does that work?
       *[other] Would that work for you?
    }

## The script document's own lines (templates/script.hbs)

# The ask, under the title. $closed: true after a no or no reply; $single: true when the ask is one
# conversation (no trial); $summary: the rhythm (rhythm-summary, rhythm-single-summary).
script-the-ask = The ask: { $closed ->
        [true] { $format ->
            [async] a single written question
           *[other] { $summary }
        }
       *[other] { $single ->
            [true] { $summary }
           *[other] { $summary }, for about three months
        }
    }.
script-learn-shape = Learn the shape, not the words. Say the opening and the ask out loud three times before the meeting; everything else can be in your own voice.

## What to listen for in the pause (rules/pause.ts), one bullet each.

# The relationship's line. $managerKnows: yes when the profile says your manager knows.
script-listen-skip-level = If they ask whether your manager knows, { $managerKnows ->
        [yes] say yes in one sentence and stop
       *[no] answer truthfully in one sentence (not yet: you will tell them before anything starts) and stop
    }; do not discuss your manager or the team.
script-listen-cross-team = If they worry about their own team’s time, repeat once that you are asking for their advice only, not their people.
script-listen-executive = If they hand you to someone on their staff, take it gracefully and ask for the introduction; the door to them stays open.
script-listen-former-manager = If they slip back into managing you (“have you thought about your career…”), thank them and bring it back to the decision.
# What they said first, when it may come up again. $program: the program they pointed to ("program" when not named).
script-listen-no-time = If they still hesitate about time, offer the lighter version on the first card, once, and stop there.
# $later: the month proposed when they had named one ("October"), or "none".
script-listen-not-now = { $later ->
        [none] If they say “later” again, agree on a month before you leave, and make it theirs.
       *[other] If they say “later” again, propose { $later } rather than ask them for a month a second time, and let them move it.
    }
script-listen-use-the-program = If they point to the { $program } again, agree to join it and ask whether this narrower request can run alongside.
script-listen-ask-your-manager = If they ask what your manager said, answer in one sentence, accurately.
script-listen-not-ready = { $documents ->
        [none] If readiness comes up again, give the decision in three lines, the context, your pick and why, and let it speak; do not argue your case.
       *[other] If readiness comes up again, hand over the write-up and let it speak; do not argue your case.
    }
script-listen-how-often = If they ask how often this would be, the honest answer is “rarely, and only with a real decision”; do not invent a rhythm to sound committed.
script-listen-rather-talk = If they would rather talk now and then, say yes: the written rhythm is a floor, not a wall.

## The titles of the script's parts (rules/opening.ts, ask.ts and script.ts; the pause's and the closing's are below).

script-part-opening = Opening: thank them and reset the ask
script-part-opening-offered = Opening: as they offered
script-part-opening-asked = Opening: as they asked
script-part-opening-context = Opening: one line of context
script-part-connection = Connection: your expertise, my challenge
script-part-ask = The ask: small, time-boxed, easy to say yes to
script-part-ask-written = The ask: small, written, easy to say yes to
script-part-question-options = The question: one decision, your options
script-part-question = The question
script-part-first-decision = The first decision
# The short version was said in the opening; the ask adds only how it would work. $prep: who prepares
# what ($prepLowered: the same, mid-sentence); $promise: the rhythm's promise (may be empty).
script-ask-how-it-works = { $tone ->
        [concise] { $prep } { $promise }
       *[other] How it would work: { $prepLowered } { $promise }
    }

## The pause's note, its titles and what to listen for; what to do after a yes (rules/pause.ts).
## The notes are set in italics by the rule (several messages may share one note).
script-pause-title = The pause
script-closing-title = Closing
script-pause-after = If they say they need to think about it:
# Put off once with a come-back named: the line is for "later" again (script-think-not-now).
script-pause-after-not-now = If they put it off again:
# After a no, in a direct culture: the first no is not argued again.
script-pause-declined = Stop talking. You have offered the exit once; do not add another, and do not argue the first no again. If the answer is still no, thank them and stop there: it is final, and taking it well is what keeps the relationship.
# An indirect culture, or after a no: followed by script-pause-soft-no (or -avoided, in the prep doc where disagreement is not voiced).
script-pause-exit-offered = Stop talking. You have offered the exit once; do not add another (“…but only if you have time…”), because each extra qualifier shrinks the ask.
script-pause-soft-no = Do not press for a yes in the room: listen for a soft no (“that might be difficult”), thank them, and let { $documents ->
        [none] the short message with the question
       *[other] the written summary
    } carry the answer.
script-pause-soft-no-avoided = Do not press for a yes in the room; let { $documents ->
        [none] the short message with the question
       *[other] the written summary
    } carry the answer.
script-pause-silence = Stop talking. Let the silence do its work; count to five if you need to. Anything you add now (“…but only if you have time, no pressure at all…”) shrinks the ask and signals doubt. Let them answer first, then listen for the objection behind their words and use the matching card.
# In the one conversation they granted, their view instead of the pause.
script-their-view-title = Their view
script-their-view-note = Stop talking and let them read your options. Ask for their critique, then listen: note the reasons, not only the verdict. Ask for nothing more; a second conversation is theirs to offer.
# One rule for a deferred answer, the same in the premise, the pause and the cards. $silence: when silence is a no (culture.ftl).
script-listen-defer = If they defer (“let me think about it”), do not press: send the summary and offer dates once; { $silence }.
script-listen-hierarchical-thinks = In a hierarchical setting a leader may want to think it over or consult someone first; that is not yet a refusal.

## What to do right after a yes (the script's and the prep doc's note after the closing).
script-after-the-conversation = Within a day, send the summary: what you decided because of their input. A second conversation is theirs to offer; do not ask for one.
# After a no, in a direct culture. $written: yes when the rhythm is written.
script-after-declined = If the answer is yes, confirm it in writing the same day and keep to the single { $written ->
        [yes] question
       *[other] conversation
    } you asked for; a second one is theirs to offer.
# An indirect culture, or after a no. $live: yes when sessions are held live; $prepDoc: yes in the prep doc (its pause note says the rest).
script-after-indirect = If the answer is yes, confirm it in writing the same day and let them choose the first { $live ->
        [yes] date
       *[other] question
    }{ $prepDoc ->
        [yes] {""}
       *[other] ; a yes in an indirect culture is made firm on paper, not by pressing in the room
    }.
# A yes with limits: agreed already. $written: yes when what they offered is written.
script-after-agreed = Before you leave, agree on the first decision you will { $written ->
        [yes] put in writing
       *[other] bring
    } and confirm it in one line the same day, inside what they offered. Anything more is theirs to suggest.
script-after-first-date = If the answer is yes, agree on the first date and topic before you leave the room. A yes without a date tends to fade.
# $written: yes when the rhythm is written.
script-after-first-decision = If the answer is yes, agree before you leave on the first decision you will { $written ->
        [yes] put in writing
       *[other] bring
    }. A yes without a first step tends to fade.
# Written asks (rules/script.ts). They offered to answer in writing: the script is the first note.
# They asked for a short note first. $weeksPass: how long before one reminder (culture-weeks-pass).
# Where trust is built in person, the one follow-up is in person too, as the prep doc's after-section says (one wait, one way),
# unless they asked to be written to or called ($followUp write, call).
script-after-written-first = Then wait for their answer, and ask for no meeting before it: what comes next is theirs to say. If { $weeksPass } with no answer, { $followUp ->
        [in-person] ask once in person rather than send a reminder; if that brings no answer either, take it as a no for now.
        [write] send one two-line reminder in writing, the way they asked to be reached, and nothing in person; if that goes unanswered too, take it as a no for now.
        [call] call once, as they asked, rather than send a reminder; if that brings no answer either, take it as a no for now.
        [none] send no reminder, since they asked not to be chased; take it as a no for now.
       *[other] send one short reminder in writing; if that goes unanswered too, take it as a no for now.
    }
script-after-first-note = Then let them answer in their own time. If the date passes, go ahead as you said and tell them in one line what you decided; send the next note when the next real decision comes, not before.
# Time was the worry and the ask is a message. $weeksPass: how long before one reminder (culture-weeks-pass, “a week passes”).
script-after-message = Then wait. If they say yes, send the first note, with one decision in it, within the week. If { $weeksPass } with no answer, { $followUp ->
        [in-person] do not send a formal reminder: ask once in person or at the next informal occasion; if that brings no answer either, take it as a no.
        [write] send one two-line reminder in writing, the way they asked to be reached, and nothing in person; if that goes unanswered too, take it as a no.
        [call] call once, as they asked, rather than send a reminder; if that brings no answer either, take it as a no.
        [none] send no reminder, since they asked not to be chased; take it as a no.
       *[other] send one short reminder; if that goes unanswered too, take it as a no.
    }
# No reply to a written ask: the message is the question itself.
script-after-noreply-question = If they answer, reply within a day with what you decided because of their input. If they do not, take the silence as a no and send no reminder.

## The script's setting: where and how the ask is made, in italics above the script (rules/script.ts).
## The lines of one setting are joined by spaces, in this order: where, who (script-setting-<relationship>),
## the length, the rhythm, the program, the referral, then the one-pager (not in the prep doc, whose checklist says it).
script-setting-no-time-message = Setting: time was the problem, and everything you propose happens in writing, so ask in writing too: a message, not a meeting request, { $documents ->
        [none] with the first decision in the message itself, as they asked for no documents
       *[other] with the one-pager attached
    }. The “Meeting request” template in Mentorship Prep has the short version to send; the lines below are the full version, to send instead when you want every point made, and what you say if they would rather talk.
script-setting-asked-in-writing = { $referTo ->
        [none] Setting: they asked for something short in writing first, so the ask is that one note, sent, with no meeting asked for and nothing attached. The “Meeting request” template in Mentorship Prep has it ready to send, with the parts to fill in; the lines below say the same, for when you talk first.
       *[other] Setting: they sent you to { $referTo } first and asked you to write to them afterwards. Once you have spoken to { $pronoun } (the first message is in the meeting request document), and only if one question is still open, send them this note: no meeting asked for, nothing attached.
    }
# The user chose to work in writing, and nothing they said asks for more: the ask is the first note itself.
# $documents: none when they ruled out documents (nothing attached).
script-setting-own-note = Setting: you chose to work in writing, so there is no meeting to prepare: the ask is the first note itself, the decision, your options and your recommendation, { $documents ->
        [none] all in the message itself
       *[other] with the one-pager attached
    }, and no request for a meeting or for time. The “Meeting request” template in Mentorship Prep has it ready to send; the parts below are notes for writing it, not lines to say aloud.
script-setting-offered-in-writing = Setting: they offered to answer in writing, so there is nothing to ask again: send the first note when a real decision is in front of you, with no meeting and no one-pager. The “Meeting request” template in Mentorship Prep has it ready to send, with the parts to fill in; the lines below say the same, for when you talk first.
# They offered to look at a document ($document: design-doc, rfc, adr, draft, proposal, document): the
# ask is the document, sent with the “Meeting request” message; nothing is booked.
script-setting-offered-review = Setting: they offered to look at a { request-offer-document }, so there is nothing to ask for in a meeting: send the { request-offer-document } with the message from the “Meeting request” template in Mentorship Prep, and say in it which question you want their comments on. The lines below are for when you talk first, or if they would rather talk it through.
# An informal offer (a coffee, a fika, "when I'm in town"). $offered: their offer as they said it;
# $place: where they said they would be, or none; $bring: what they asked you to bring ("the diagram"), or none.
script-setting-informal = Setting: not a booked 1:1 but what they offered, “{ $offered }”, { $place ->
        [none] whenever it suits them
       *[other] the next time they are in { $place }
    }. { $bring ->
        [none] No agenda and no papers
       *[other] No agenda; bring { $bring }, as they asked, and no other papers
    }: the ask in a sentence or two, then listen.
# An invitation to their home or a family meal (offerShape.ts hospitality). $offered: their words.
script-setting-hospitality = Setting: not a meeting but their hospitality, “{ $offered }”, when it suits them. Bring a small gift for the house (sweets, flowers or something from your own town) and no papers: no one-pager, no laptop. The time is theirs and their family’s; talk business only when they turn to it, usually after the meal, and then it is your one question in two sentences.
# Any other offer taken up live (a seat in their review, a call). $offered: their words.
script-setting-offered = Setting: not a 1:1 of your own but what they offered, “{ $offered }”, when it suits them. Bring one decision, prepared, and keep to what they offered; anything more regular is theirs to propose.
script-setting-informal-manager = Tell your manager before you take them up on it.
# The re-ask is the written question itself: no meeting to book, no trial, no review.
script-setting-no-reply-written = Setting: they never answered your written ask. This time there is no meeting to ask for: the message is the question itself, written like an async update (the context in two lines, the decision, your options and your recommendation, by when you need an answer). The lines below are what the message says; send it once, and if it goes unanswered too, take it as a no.
# $minutes: the meeting's length; $formal: yes in a hierarchical organization or an indirect culture.
script-setting-no-reply = Setting: they never answered your written ask, so ask once more in three lines for { $minutes } minutes on one decision { $formal ->
        [yes] (in writing or through their { shared-assistant }, never in passing)
       *[other] (or catch them after a meeting)
    }. The lines below are for the meeting if they agree. If that goes unanswered too, take it as a no.
script-setting-declined-written = Setting: they already said no. Ask for { $minutes } minutes on one decision, not on mentoring, and be ready to accept a second no as final.
script-setting-declined = Setting: they already said no, and the request asked for one conversation of { $minutes } minutes on one decision. If they agreed, this meeting is that conversation: bring the decision, your options and your recommendation, and ask for nothing more in the room. If they declined again, that is final.
# $assistant: yes when the request goes through their assistant; $mention: yes when your manager mentions the idea first.
script-setting-hierarchical = Setting: a private, scheduled 1:1 of { $minutes } minutes that you { $trust ->
        [relationship-based] { $channel ->
            [write] asked for in a short personal message, as they asked you to write
            [call] asked for by phone, as they asked
           *[other] asked for in person or in a short personal message
        }
       *[other] requested in writing
    }{ $assistant ->
        [yes] {" "}(through their { shared-assistant }, if they have one)
       *[other] {""}
    }{ $mention ->
        [yes] , ideally after your manager has mentioned the idea
       *[other] {""}
    }; plan to finish early.
script-setting-booked = Setting: a private 1:1 you booked for { $minutes } minutes{ $assistant ->
        [yes] {" "}(through their { shared-assistant }, if they have one)
       *[other] {""}
    } and plan to finish early.
# $managerKnows: yes when the profile says your manager knows.
script-setting-skip-level = { $managerKnows ->
        [yes] Put a one-line purpose in the request so nobody is surprised.
       *[other] Tell your manager before you book it, and put a one-line purpose in the request so nobody is surprised.
    }
script-setting-cross-team = Put a one-line purpose in the request that makes clear you are asking for their advice, not their team’s time.
script-setting-executive = { $assistant ->
        [yes] Ask their { shared-assistant } for the slot with a one-line purpose; executives often read only that line.
       *[other] Put a one-line purpose in the meeting request; executives often read only that line.
    }
script-setting-former-manager = Meet on neutral ground if you can, not in a room that belonged to your old team: it helps the reset.
# Time was the worry. $minutes: the meeting's length.
script-setting-no-time = Ask for { $minutes } minutes, not 30: the meeting itself should show how little of their time this takes.
script-setting-written-rhythm = This one conversation is live; after a yes, everything else happens in writing.
# $program: the program they pointed to ("mentoring program", "architecture guild"); $joined: yes for a guild or community (joined, not applied to).
script-setting-enroll = { $joined ->
        [yes] Join
       *[other] Apply to
    } the { $program } before the meeting: the opening says you did.
# $referral: who they pointed you to, Markdown-safe.
script-setting-talk-first = Write to { $referral } as they suggested (the first message is in the meeting request document); the opening says you will talk to them, not that you have.
# $named: yes for a person named (written to), no for "someone on the programme side" (got in touch with).
script-referral-reached = { $named ->
        [yes] written to { $pronoun }
       *[other] found who that is and written to them
    }
# The same, naming the one they suggested ("written to Marcos", "found someone on the platform team and written to them").
script-referral-reached-to = { $named ->
        [yes] written to { $referTo }
       *[other] found { $referTo } and written to them
    }
# After a referral: write to them before the meeting, as the prep doc says. $referral: who, Markdown-safe.
# $door: introduce when the leader said they would tell that person first; ask when the request asks
# whether they will introduce you or you may mention them: either way you write only after their word.
# $leader: the leader as addressed, or none.
script-setting-written-first = { $met ->
        [no] { $named ->
            [yes] { $door ->
                [introduce] Write to { $referral } before the meeting, but only once { $leader ->
                    [none] they have
                   *[other] { $leader } has
                } let { $pronoun } know, as they said they would (the first message is in the meeting request document). The opening says you have written to { $pronoun }, not that you have talked; if you have not written yet, say instead: “I will write to { $pronoun } once you have let { $pronoun } know.”
                [ask] Write to { $referral } before the meeting, once { $leader ->
                    [none] they have
                   *[other] { $leader } has
                } answered your question: introduced you, or said you may mention them (the first message is in the meeting request document). The opening says you have written to { $pronoun }, not that you have talked.
               *[other] Write to { $referral } before the meeting, as they suggested (the first message is in the meeting request document): the opening says you have written to { $pronoun }, not that you have talked.
            }
           *[other] Ask { $leader ->
                [none] them
               *[other] { $leader }
            } who they meant by { $referral } first (the meeting request has the one line), write to that person, and ask for this conversation only if one question is still open: the opening says you have written to them, not that you have talked.
        }
       *[other] { $door ->
            [first] They asked you to see { $referral } first: meet { $met } before you ask for this conversation (the first message is in the meeting request document), and bring only the question that remains.
           *[other] This conversation comes later, if at all: the question is with { $referral } now. Meet { $met } first (the first message is in the meeting request document), thank { $leader ->
                [none] them
               *[other] { $leader }
            } in two lines, and ask for this only if one question is still open{ $month ->
                [none] {""}
               *[other] , and not before { $month }
            }.
        }
    }
# Their offer to introduce you: the easiest door to that talk. $offer: "to mention it to her", Markdown-safe.
script-setting-offer = They offered this: “{ $offer }”. Say yes, and thank them for it.
script-setting-one-pager = { $documents ->
        [none] They asked for no documents: have the context, your pick and why ready in three lines, to say or to paste into a message.
       *[other] Send the one-page summary of the challenge beforehand, or have it ready to hand over.
    }
