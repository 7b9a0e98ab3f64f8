### The meeting request (templates/request-meeting.hbs). Which of these is said, and in what order,
### is decided in src/core/render/rules/request.ts; sentences of one paragraph are joined by a space.
### Three shapes: indirect (an advance note), async (everything in writing), meeting (a short slot).
### Variables every message has: $tone (formal, warm, concise), $relationship, $hierarchy… (shared.ftl).
### $topic: the challenge for a subject line; $challenge / $challengeTopic: the challenge mid-sentence;
### $expertise: what they are known for; $minutes: the length asked for; $rhythm: the written rhythm.

## The note to you above the message

request-note-indirect = An advance note: it says what you would like to talk about before it asks for any time, so nothing comes as a surprise and declining stays easy.
# $agreed: yes when they said yes to something (a yes with limits, an offer the ask takes up).
request-note-async = { $agreed ->
        [yes] Purpose first, then what they offered, all of it in writing: they already offered it, so there is no way out to offer.
       *[other] Purpose first, then what you propose (all of it in writing), then an easy way to say no.
    }
request-note-meeting = { $agreed ->
        [yes] Purpose first, then what they offered, then the first one arranged at their time: they already offered it, so there is no way out to offer.
       *[other] Purpose first, then the length, then an easy way to say no.
    }
request-note-manager-talk-first = Talk to your manager before you send it; the “Manager first” template in Mentorship Prep prepares that conversation.
request-note-after-manager = Send it only after that conversation with your manager has happened.
request-note-cross-team = If they do not know you well, put one line on who you are and which team you are in above the purpose.
request-note-executive = Many executives read mail on a phone between meetings: keep it this short, and copy their { shared-assistant } only if the { shared-assistant } runs their calendar.
request-note-former-manager = You know each other: send it the way you usually talk, chat included, and keep your current manager informed.
# They said when to come back, and the month is known: the request waits for it (issue 21, item 5).
request-note-send-in = Send it { shared-month-in }, when they said to come back, not before.
request-note-send-after = Send it { $when }, when they said to come back, not before.
# Your manager knows, when the profile does not say: the line to add, given outside the message.
request-note-add-since-manager = { claim-manager-add-lead } “{ request-since-ask-your-manager }”
request-note-add-who-skip-level = { claim-manager-add-lead } “{ request-who-skip-level }”
# They named their PA, secretary, assistant or office as the way in. $role: pa, secretary, assistant, office;
# $name: the name they gave, or none.
request-note-gatekeeper = They named their { $role ->
        [pa] PA
        [secretary] secretary
        [office] office
       *[assistant] assistant
    }{ $name ->
        [none] {""}
       *[other] , { $name },
    } as the way in: send the message { $role ->
        [office] to the office
       *[other] to { $name ->
            [none] them
           *[other] { $name }
        }
    } with one line asking for a slot, keep the leader’s name in the subject, and say thank you for the time found.
# They named writing as the way in ($said: their words, "email me"); $meantime: yes before a come-back they
# named, when that way stays open as they offered it.
request-note-channel = They said “{ $said }”: send it that way, straight to them; its first line says so.{ $meantime ->
        [yes] { " " }Until then, that way in stays open as they offered it: a short note on the work is welcome before this request.
       *[other] {""}
    }
request-note-read-aloud = Read it aloud once and change anything that is not how you talk.
request-note-attach = { $documents ->
        [none] Nothing to attach: they asked for no documents, so the first decision is in the message itself.
       *[other] Attach the one-pager: the message refers to it.
    }
request-note-one-pager-async = { $documents ->
        [none] Once they agree, send the first question in the message itself: the context, your pick, and why, in three lines. No documents, as they asked.
       *[other] Once they agree, send the one-pager with the first question.
    }
request-note-one-pager-meeting = { $documents ->
        [none] Once they agree to a time, send the decision a day or two before in a short message: the context, your pick, and why, in three lines. No documents, as they asked.
       *[other] Once they agree to a time, send the one-pager a day or two before.
    }

## Subject lines

request-subject-indirect = { $tone ->
        [formal] A request for your advice on { $topic }
        [warm] Your view on { $topic }, when the timing suits you
       *[concise] Your view on { $topic }, when it suits
    }
request-subject-async = { $tone ->
        [formal] Request: your perspective on { $topic }, in writing
        [warm] Your take on { $topic }, in writing?
       *[concise] Your view on { $topic }, in writing?
    }
# Back for what they offered after a not now: no length in the subject.
request-subject-offered = { $tone ->
        [formal] Taking you up on your kind offer: { $topic }
        [warm] Taking you up on your offer: { $topic }
       *[concise] Your offer, and { $topic }
    }
request-subject-meeting = { $tone ->
        [formal] Request: { $minutes } minutes on { $topic }
        [warm] { $minutes } minutes of your perspective on { $topic }?
       *[concise] { $minutes } min on { $topic }?
    }

## Since the first ask: what changed, by what they said the first time

request-since-declined = { $tone ->
        [formal] You told me that you could not take on mentoring, and I respect that.
        [warm] You told me you couldn’t take on mentoring, and I respect that.
       *[concise] You said no to mentoring, and I respect that.
    }
# $written: yes when the one exchange asked for is a written question.
request-since-declined-ask = { $tone ->
        [formal] I am not asking again for the same thing, only for { $written ->
            [yes] one written question
           *[no] one conversation
        } on a single decision.
        [warm] I’m not asking for the same thing again, just { $written ->
            [yes] one written question
           *[no] one conversation
        } on a single decision.
       *[concise] This is smaller: { $written ->
            [yes] one written question
           *[no] one conversation
        }, one decision.
    }
# The way out after a no, said with the ask unless the close already offers one (the indirect shape).
request-since-declined-final = { $tone ->
        [formal] If the answer is still no, I will not raise it again.
        [warm] If it’s still a no, I won’t bring it up again.
       *[concise] If it’s still no, I won’t ask again.
    }
# $joined: "applied to the mentoring programme", "joined the architecture guild".
request-since-joined = { $tone ->
        [formal] I have { $joined }, as you suggested.
       *[other] I’ve { $joined }, as you suggested.
    }
request-since-no-time = { $tone ->
        [formal] I know your calendar is very full, so I will keep this short.
       *[other] I know your calendar is packed, so I’ll keep this short.
    }
# $milestone: their own words for when ("after the Q3 launch").
request-since-not-now-milestone = { $condition ->
        [yes] { $tone ->
            [formal] When we last spoke, you suggested I come back to you { $milestone }. That has now happened, so I am coming back with something small and specific.
           *[other] Last time you said to come back { $milestone }. That’s happened, so here’s something small and specific.
        }
        [unconfirmed] { $tone ->
            [formal] When we last spoke, you suggested I come back to you { $milestone }. { request-condition-blank } I am coming back with something small and specific.
           *[other] Last time you said to come back { $milestone }. { request-condition-blank } Here’s something small and specific.
        }
       *[other] { $tone ->
            [formal] When we last spoke, you suggested returning to this { $milestone }, so I am coming back with something small and specific.
           *[other] Last time you suggested we pick this up { $milestone }, so here’s something small and specific.
        }
    }
# An offer inside their not now ("after Seollal, we'll have a proper meal and talk"): you come back for
# exactly that. $milestone: when they said to come back ("after Seollal"), or none; $offered: the offer, to you.
request-since-not-now-offered = { $tone ->
        [formal] When we last spoke, you suggested returning to this { $milestone ->
            [none] later
           *[other] { $milestone }
        }, and you kindly offered { offer-said }. That is what I would like to take you up on, and no more.
        [warm] Last time you suggested we pick this up { $milestone ->
            [none] later
           *[other] { $milestone }
        }, and you offered { offer-said }. That’s exactly what { warm-love-to } take you up on, and no more.
       *[concise] Last time you said to come back { $milestone ->
            [none] later
           *[other] { $milestone }
        }, and offered { offer-said }. That’s all I’m asking for.
    }
# A yes in principle on a condition, read from German words only ($du, $sie: the German come-back; $kind:
# clause or phrase): English documents never say it, so it reads as the plain come-back.
request-since-yes-once = Last time you said yes in principle, { $sie }, so here’s something small and specific.
request-since-not-now = { $tone ->
        [formal] When we last spoke, you suggested returning to this later. I hope the timing is better now; if not, a later date that suits you would be just as welcome.
       *[other] { $disagreement ->
            [avoided] Last time you suggested we pick this up later. I hope now is better; if not, any later date that suits you is just as welcome.
           *[other] { $communication ->
                [indirect] Last time you suggested we pick this up later. I hope now is better; if not, any later date that suits you is just as welcome.
               *[other] Last time you suggested we pick this up later. If now still isn’t right, just tell me when would be.
            }
        }
    }
request-since-noncommittal = { $tone ->
        [formal] Since we last spoke, I have made my request much smaller and more concrete.
       *[other] Since we last talked, I’ve made my ask a lot smaller and more concrete.
    }
# Their doubt about fit is never said back to them; the person they pointed to is thanked for.
# $referTo: the person they named, or none.
request-since-doubts-fit = { $tone ->
        [formal] { $referTo ->
            [none] { "" }
           *[other] Thank you for pointing me to { $referTo }; I am following that up as well.{ " " }
        }I am not asking for mentoring, only for your view on one problem where your experience is specific.
       *[other] { $referTo ->
            [none] { "" }
           *[other] Thanks for pointing me to { $referTo }; I’m following that up too.{ " " }
        }I’m not asking for mentoring, just your view on one problem where your experience is specific.
    }
# A yes on a condition, now met (conditionalYes.ts): $condition, theirs in the past and your voice ("once
# the tender was published"); $offered, the rhythm they named; when it happened (request-condition-met).
request-since-yes-on-condition = You said that { $condition }, we could set up { $offered }. { request-condition-met }
# $form: you when the condition was yours to do; done when it happened on a day ($predicate: "published";
# $plural: yes for "are"); state when it became true ("in place", "live").
request-condition-met = { $form ->
        [you] I did that on *(date)*.
        [done] { $plural ->
            [yes] They were { $predicate } on *(date)*.
           *[other] It was { $predicate } on *(date)*.
        }
       *[state] That has been the case since *(date)*.
    }
# $offered: what they offered, said back to them ("to chat when you’re in London").
request-since-yes-with-limits-offered = { $tone ->
        [formal] You kindly offered { offer-said }. That is exactly what I would like to take you up on, and no more.
        [warm] You offered { offer-said }. That’s exactly what { warm-love-to } take you up on, and no more.
       *[concise] What you offered: { offer-said }. That’s all I’m asking for.
    }
# $written: yes when what they offered is written only (answers in writing, no meetings): named as that, never "time".
request-since-yes-with-limits = { $written ->
        [yes] { $tone ->
            [formal] You kindly offered to answer my questions in writing, and I would like to take you up on exactly that: a written question now and then, nothing more.
            [warm] You offered to answer my questions in writing, and { warm-love-to } take you up on exactly that: a written question now and then, nothing more.
           *[concise] You offered to answer questions in writing. A written question now and then is all I’m asking for.
        }
       *[other] { $tone ->
            [formal] You kindly offered some of your time, within limits, and I would like to take you up on exactly that; nothing more regular.
            [warm] You offered some of your time, within limits, and { warm-love-to } take you up on exactly that; nothing more regular.
           *[concise] You offered some time, within limits. That’s all I’m asking for.
        }
    }
# The limits they set, said back to them ($limits: as typed, turned to "you"; never the gloss "within limits").
request-since-yes-with-limits-said = { $tone ->
        [formal] { $written ->
            [yes] You kindly offered to answer my questions in writing, on your terms: { $limits }. I will keep to exactly that.
           *[other] Thank you for saying yes, on your terms: { $limits }. I will keep to exactly that.
        }
        [warm] { $written ->
            [yes] You offered to answer my questions in writing, on your terms: { $limits }. I’ll keep to exactly that.
           *[other] Thanks for saying yes. As you said: { $limits }. I’ll keep to exactly that.
        }
       *[concise] { $written ->
            [yes] You offered to answer questions in writing, on your terms: { $limits }. I’ll keep to that.
           *[other] As you said: { $limits }. I’ll keep to that.
        }
    }
# A short slot they offered only if needed ("quince minutos y listo"), kept as the fallback. $time: "fifteen minutes", "half hour".
terms-fallback = { $tone ->
        [formal] Should a question ever need talking through, I would ask for the { $time } you offered.
        [warm] If a question ever needs talking through, I’d ask for the { $time } you offered.
       *[concise] If a question ever needs talking through, I’ll ask for your { $time }.
    }
# $referTo: the person they named instead of themselves, as the user confirmed it.
# The note back to them: thanks for the name, "I will" (the profile does not say it is done), and news to come.
# $sentYou: yes when they said to tell the person who sent you; the note says the user will.
# $met: him, her or them when they asked you to see that person first and come back after (this is sent
# after that meeting); no otherwise. $door: introduce when they said they would tell that person first
# (you wait for their word); ask when they said nothing of it (you ask whether they will introduce you
# or you may mention them); sent or first otherwise. $pronoun: him, her or them, for that person.
request-since-referral-named = { $met ->
        [no] { $door ->
            [introduce] { $tone ->
                [formal] Thank you for suggesting { $referTo }, and for offering to let { $pronoun } know first; I will wait for your word before I get in touch, and let you know how it goes. There is one decision where your own experience is specific, and I would value your view on it.
                [warm] Thanks for suggesting { $referTo }, and for offering to let { $pronoun } know first; I’ll wait for your word before I get in touch, and let you know how it goes. There’s one decision where your own experience is specific, and I’d value your view on it.
               *[concise] Thanks for suggesting { $referTo } and offering to tell { $pronoun } first; I’ll wait for your word before I write. One decision still needs your own experience.
            }
            [ask] { $tone ->
                [formal] Thank you for suggesting { $referTo }. Would you be willing to introduce us, or may I mention that you suggested I contact { $pronoun }? Either way, I will let you know how it goes. There is one decision where your own experience is specific, and I would value your view on it.
                [warm] Thanks for suggesting { $referTo }. Would you like to introduce us, or may I mention that you suggested I get in touch? Either way, I’ll let you know how it goes. There’s one decision where your own experience is specific, and I’d value your view on it.
               *[concise] Thanks for suggesting { $referTo }. Will you introduce us, or may I mention your name? I’ll let you know how it goes. One decision still needs your own experience.
            }
           *[other] { $tone ->
            [formal] Thank you for suggesting { $referTo }; I will get in touch{ $sentYou ->
                [yes] , say that you sent me,
               *[other] {""}
            } and let you know how it goes. There is one decision where your own experience is specific, and I would value your view on it.
            [warm] Thanks for suggesting { $referTo }; I’ll get in touch{ $sentYou ->
                [yes] , say that you sent me,
               *[other] {""}
            } and let you know how it goes. There’s one decision where your own experience is specific, and I’d value your view on it.
           *[concise] Thanks for suggesting { $referTo }; I’ll get in touch{ $sentYou ->
                [yes] , say that you sent me,
               *[other] {""}
            } and let you know how it goes. One decision still needs your own experience.
        }
        }
       *[other] { $tone ->
            [formal] As you suggested, I met { $referTo } first. One question remains that only you can answer, and I would value your view on it.
            [warm] As you suggested, I met { $referTo } first. One question remains that only you can answer, and I’d value your view on it.
           *[concise] As you suggested, I met { $referTo } first. One question remains that only you can answer.
        }
    }
request-since-referral = { $tone ->
        [formal] You suggested I speak with someone else, and I will{ $sentYou ->
            [yes] , saying that you sent me.
           *[other] .
        } There is one decision where your own experience is specific, and I would value your view on it.
       *[other] You suggested I talk to someone else, and I will{ $sentYou ->
            [yes] , saying that you sent me.
           *[other] .
        } There’s one decision where your own experience is specific, and I’d value your view on it.
    }
request-since-program-joined = { $tone ->
        [formal] As you suggested, I have { $joined }.
       *[other] As you suggested, I’ve { $joined }.
    }
request-since-program = { $tone ->
        [formal] You mentioned the mentoring program, and I am glad to use it.
       *[other] You pointed me to the mentoring program, and I’m glad to use it.
    }
request-since-narrower = { $tone ->
        [formal] What I would like to ask you is narrower: one architecture decision where your experience is unusual.
       *[other] What I’d like to ask you is narrower: one architecture decision where your experience is rare.
    }
request-since-ask-your-manager = { $tone ->
        [formal] As you suggested, I have spoken with my manager first, so they know I am writing to you.
       *[other] As you suggested, I talked to my manager first, so they know I’m writing to you.
    }
request-since-not-ready = { $tone ->
        [formal] I have written the challenge up on one page and can send it first, so you can judge for yourself whether it merits your time.
       *[other] I’ve written the challenge up on one page and can send it first, so you can judge for yourself whether it’s worth your time.
    }
request-since-no-reply = { $tone ->
        [formal] I am following up on my earlier message, in case it was buried; this is a shorter version.
       *[other] Following up on my earlier note in case it got buried; here’s a shorter version.
    }
request-since-earlier = { $tone ->
        [formal] Since our earlier conversation, I have thought about how to make my request smaller and more concrete.
       *[other] Since we last talked, I’ve thought about how to make my ask smaller and more concrete.
    }

## Who you are to them (one line, by relationship)

request-who-skip-level = { $tone ->
        [formal] My manager knows I am writing to you.
       *[other] My manager knows I’m writing to you.
    }
# A skip-level leader, when no line about your manager is said: why them, in their view across teams.
request-who-skip-level-view = { $tone ->
        [formal] You see how a decision like this plays out across several teams; from inside one team, I cannot.
       *[other] You see how a decision like this plays out across teams; from inside one, I can’t.
    }
# From another company the request comes from outside: their team is no party to it.
request-who-cross-team = { $workplace ->
        [other] { $tone ->
            [formal] I am aware that this request comes from outside your company, so I appreciate your reading it all the more.
           *[other] I know I’m writing from outside your company, so thank you for reading this.
        }
       *[same] { $tone ->
            [formal] I know this sits outside your team’s work; what we learn may be useful to your team as well.
           *[other] I know this is outside your team’s work; what we learn may help your team too.
        }
    }
# An executive's assistant books the time: the request's one calendar sentence.
request-meeting-slot-assistant = { $tone ->
        [formal] I am glad to arrange a time with your { shared-assistant }.
       *[other] I’m happy to find a slot with your { shared-assistant }.
    }
request-who-former-manager = { $tone ->
        [formal] This is a different request from when I reported to you: your judgment on one hard problem, not my career.
       *[other] This is a different kind of ask from when I reported to you: your judgment on one hard problem, not my career.
    }

## The indirect shape: an advance note before any ask for time

# The first line when they asked you to write to them: the message says it comes the way they asked.
request-written-as-asked = { $tone ->
        [formal] I am writing to you directly, as you asked.
        [warm] I’m writing to you directly, as you asked.
       *[concise] Writing directly, as you asked.
    }
request-indirect-heads-up = { $tone ->
        [formal] Before I ask for any of your time, I would like to say what I hope to discuss.
        [warm] Before asking for any of your time, I wanted to tell you what { warm-love } your advice on.
       *[concise] A heads-up on something I’d like to ask you.
    }
request-indirect-why-you = { $tone ->
        [formal] I am working on { $challengeTopic }, and your experience with { $expertise } is the perspective I am missing. Might you be open to sharing your view on it, in a short, structured form that takes little of your time?
        [warm] I’m working on { $challengeTopic }, and your experience with { $expertise } is { $praise ->
            [understated] the perspective I’m missing
           *[other] exactly the perspective I don’t have yet
        }. Would you be open to sharing your view on it, in a small, structured way that takes very little of your time?
       *[concise] I’m working on { $challengeTopic }. Your experience with { $expertise } is the perspective I’m missing, and I’d value it in a short, structured form.
    }
# Back for what they offered after a not now: the offer is the form; no "short, structured form" beside it.
request-indirect-why-you-offered = { $tone ->
        [formal] I am working on { $challengeTopic }, and your experience with { $expertise } is the perspective I am missing. I will bring one decision, prepared, so that the conversation stays on it.
        [warm] I’m working on { $challengeTopic }, and your experience with { $expertise } is { $praise ->
            [understated] the perspective I’m missing
           *[other] exactly the perspective I don’t have yet
        }. I’ll bring one decision, prepared, so we can keep to it.
       *[concise] I’m working on { $challengeTopic }. Your experience with { $expertise } is the perspective I’m missing; I’ll bring one prepared decision.
    }
# $exit: said when the opening already let them off (back after a not now): no second way out here.
request-indirect-close-async = { $tone ->
        [formal] If you are open to it, perhaps I could send my question in writing, for you to answer when convenient.{ $exit ->
            [said] {""}
           *[other] { " " }If the timing is not right, I completely understand.
        }
        [warm] If you’re open to it, maybe I could send the question in writing and you reply when it’s convenient.{ $exit ->
            [said] {""}
           *[other] { " " }And if the timing isn’t right, that’s completely fine.
        }
       *[concise] If you’re open to it: a written question you answer when convenient?{ $exit ->
            [said] {""}
           *[other] { " " }If the timing isn’t right, that’s fine.
        }
    }
# Back for what they offered after a not now: the time is theirs; no length is asked for, and no way out
# of what they offered.
request-indirect-close-offered = { $tone ->
        [formal] I would be glad to take you up on your offer whenever it suits you.
        [warm] { warm-love-to } take you up on your offer whenever suits you.
       *[concise] I’ll take you up on your offer whenever suits you.
    }
# After a yes with limits: agreed already, so the first one is arranged at their time.
request-indirect-close-agreed = { $tone ->
        [formal] I would be glad to take you up on it whenever it suits you; please let me know when would be convenient for the first one.
        [warm] { warm-love-to } take you up on it whenever suits you; just let me know when works for the first one.
       *[concise] Whenever suits you for the first one; just let me know.
    }
# $exit as for request-indirect-close-async.
request-indirect-close-meeting = { $tone ->
        [formal] If you are open to it, perhaps we could find { $minutes } minutes in the coming weeks, at a time that suits you.{ $exit ->
            [said] {""}
           *[other] { " " }If the timing is not right, I completely understand.
        }
        [warm] If you’re open to it, maybe we could find { $minutes } minutes in the next few weeks, whenever suits you.{ $exit ->
            [said] {""}
           *[other] { " " }And if the timing isn’t right, that’s completely fine.
        }
       *[concise] If you’re open to it: { $minutes } minutes in the coming weeks?{ $exit ->
            [said] {""}
           *[other] { " " }If the timing isn’t right, that’s fine.
        }
    }

## The async shape: everything proposed happens in writing, so the request leads with writing

request-async-ask = { $tone ->
        [formal] I would like to ask for your perspective on one problem: { $challenge }.
        [warm] Could I ask for your perspective on one problem: { $challenge }?
       *[concise] Could I get your view on one problem: { $challenge }?
    }
# $trial: "three-months" for a trial, "none" after a no (one question only).
request-async-why-you = { $tone ->
        [formal] Your experience with { $expertise } is directly relevant, and what I have in mind needs no meeting: { $rhythm }{ $trial ->
            [none] {""}
           *[three-months] , for three months to start
        }, with all of the preparation on my side.
        [warm] Your experience with { $expertise } is exactly what I’m missing, and what I have in mind needs no meeting at all: { $rhythm }{ $trial ->
            [none] {""}
           *[three-months] , for three months to start
        }, with all the legwork on my side.
       *[concise] Your experience with { $expertise } is the missing piece. No meeting needed: { $rhythm }{ $trial ->
            [none] {""}
           *[three-months] , for three months to start
        }. I do the prep.
    }
request-async-attached = { $documents ->
        [none] { $tone ->
            [formal] The first decision, in brief: *(the context, in one line)*. I would choose *(your pick)*, because *(why)*.
            [warm] The first decision, in brief: *(the context, in one line)*. I’d go with *(your pick)*, because *(why)*.
           *[concise] First decision: *(the context, in one line)*. My pick: *(option)*, because *(why)*.
        }
       *[other] { $tone ->
            [formal] The one-page summary of the first decision is attached.
            [warm] I’ve attached a one-page summary of the first decision.
           *[concise] The first decision is in the attached one-pager.
        }
    }
# $first: "this-week" when the one-pager is attached, "when-ready" otherwise.
request-async-close = { $tone ->
        [formal] If that suits you, I will send the first question { $first ->
            [this-week] this week
           *[when-ready] when a decision is ready
        }.
        [warm] If that works for you, I’ll send the first question { $first ->
            [this-week] this week
           *[when-ready] when a decision is ready
        }.
       *[concise] If yes, the first question comes { $first ->
            [this-week] this week
           *[when-ready] when a decision is ready
        }.
    }

## The first note: they offered to answer in writing (a yes with limits), so nothing is asked again

# $asked: yes when they asked for a short note in writing first ("put something small in writing for me");
# own when the user chose to work in writing ($documents: none when they ruled out documents).
request-note-first-note = { $asked ->
        [own] You chose to work in writing, so this is not a request for a meeting or for time: it is the first note itself, the question with your options and your recommendation. Send it when a real decision is in front of you, with the parts in parentheses filled in{ $documents ->
            [none] {""}; everything goes in the message itself, as they ruled out documents.
           *[other] {""} and the one-pager attached.
        }
        [yes] They asked for something short in writing first, so this is not a request for a meeting: it is that note. Send it within the week, with the parts in parentheses filled in; nothing attached, and no meeting asked for until they have answered.
       *[other] They already said yes to answering in writing, so this is not a request: it is the first note itself. Send it when a real decision is in front of you, not before, with the parts in parentheses filled in; no one-pager, no meeting, nothing to ask again.
    }
# They also said when, with no month for it, or a condition ($condition: yes), with the month they expected
# it ($month, or none). $when: their words ("when Q1 planning wraps"), about them.
request-note-their-time = { $condition ->
        [yes] Send it only { $when }{ $month ->
            [none] {""}
           *[other] {" "}(they expected that { shared-month-in })
        }: they tied coming back to that, not to a date.
       *[other] And not before the time they named: { $when }.
    }
request-subject-first-note = { $asked ->
        [own] { $tone ->
            [formal] Your view on one decision: *(the decision, in a few words)*
            [warm] One decision I’d value your view on: *(in a few words)*
           *[concise] Decision: *(in a few words)*
        }
        [yes] { $tone ->
            [formal] As you asked, in writing: *(the decision, in a few words)*
            [warm] In writing, as you asked: *(the decision, in a few words)*
           *[concise] Decision: *(in a few words)*
        }
       *[other] { $tone ->
            [formal] A first decision, as you offered: *(the decision, in a few words)*
            [warm] One decision, as you offered: *(the decision, in a few words)*
           *[concise] Decision: *(in a few words)*
        }
    }
# They asked for a short note in writing first: the opening says it is that note.
request-first-note-asked = { $tone ->
        [formal] As you asked, here it is in writing, and kept short: one decision on { $challengeTopic }.
        [warm] As you asked, here it is in writing, kept short: one decision on { $challengeTopic }.
       *[concise] As you asked, in writing and short: one decision on { $challengeTopic }.
    }
# The user chose to work in writing: the note says what it is, and asks for no time.
request-first-note-own = { $tone ->
        [formal] I would value your view on one decision on { $challengeTopic }. I have put it in writing, with my options and my recommendation, so that you can answer when it suits you.
        [warm] { warm-love } your view on one decision on { $challengeTopic }. I’ve put it in writing, with my options and what I’d pick, so you can answer whenever it suits you.
       *[concise] One decision on { $challengeTopic }, in writing so you can answer when it suits you.
    }
# $offered: what they offered, said back to them ("an answer in writing when I’m stuck").
request-first-note-opening = { $tone ->
        [formal] You kindly offered { offer-said }. Here is the first, on { $challengeTopic }.
        [warm] You offered { offer-said }, so here’s the first one, on { $challengeTopic }.
       *[concise] What you offered: { offer-said }. Here’s the first, on { $challengeTopic }.
    }
# The note's structure, with the user's parts to fill in. $question: what you want their view on.
request-first-note-decision =
    {"**"}The decision:** *(one sentence: what has to be decided, and by when)*

    {"**"}Options:** *(two or three, each with its main trade-off)*

    {"**"}My recommendation:** *(which option, and the one reason that matters most)*

    {"**"}What I would like from you:** your view on { $question }.
request-first-note-default = { $tone ->
        [formal] I need to decide by *(date)*. Would you be able to give me your view before then?
        [warm] I need to decide by *(date)*. Would you have a moment to look at it before then?
       *[concise] I decide by *(date)*. Could you give me your view before then?
    }
# They said they answer when they can ("te contesto cuando pueda"): no deadline for them, the default decision
# said instead. $pick: named when the note calls the option "(B)", else "my recommendation".
request-first-note-no-rush = { $tone ->
        [formal] There is no rush: I need to decide by *(date)*. If that does not suit you, I will go with { $pick ->
            [named] *(B)*
           *[other] my recommendation
        } and let you know how it went.
        [warm] No rush at all: I need to decide by *(date)*. If it doesn’t fit, I’ll go with { $pick ->
            [named] *(B)*
           *[other] my recommendation
        } and tell you how it went.
       *[concise] No rush: I decide by *(date)*; if it doesn’t fit, I’ll go with { $pick ->
            [named] *(B)*
           *[other] my recommendation
        } and tell you how it went.
    }
request-chat-first-note = { $asked ->
        [own] { $tone ->
            [formal] one decision I would value your view on: *(the decision)*. The options are *(A)* and *(B)*; I recommend *(B)*, because *(the one reason)*. I need to decide by *(date)*; would you be able to give me your view before then?
            [warm] one decision { warm-love } your view on: *(the decision)*. Options: *(A)* or *(B)*; I’d go with *(B)*, because *(the one reason)*. I need to decide by *(date)*; what do you think?
           *[concise] one decision: *(the decision)*. *(A)* or *(B)*; I’d pick *(B)*, because *(reason)*. I decide by *(date)*; what do you think?
        }
        [yes] { $tone ->
            [formal] as you asked, in writing and short: one decision I would value your view on: *(the decision)*. The options are *(A)* and *(B)*; I recommend *(B)*, because *(the one reason)*. I need to decide by *(date)*; would you be able to give me your view before then?
            [warm] as you asked, in writing and short: one decision I’m stuck on: *(the decision)*. Options: *(A)* or *(B)*; I’d go with *(B)*, because *(the one reason)*. I need to decide by *(date)*; what do you think?
           *[concise] as asked, in writing: *(the decision)*. *(A)* or *(B)*; I’d pick *(B)*, because *(reason)*. I decide by *(date)*; what do you think?
        }
       *[other] { $tone ->
        [formal] as you offered, one decision I would value your view on: *(the decision)*. The options are *(A)* and *(B)*; I recommend *(B)*, because *(the one reason)*. I need to decide by *(date)*; would you be able to give me your view before then?
        [warm] as you offered, here’s one decision I’m stuck on: *(the decision)*. Options: *(A)* or *(B)*; I’d go with *(B)*, because *(the one reason)*. I need to decide by *(date)*; what do you think?
       *[concise] as offered, one decision: *(the decision)*. *(A)* or *(B)*; I’d pick *(B)*, because *(reason)*. I decide by *(date)*; what do you think?
        }
    }

# The chat note without its deadline, for request-first-note-no-rush after it.
request-chat-first-note-open = { $asked ->
        [yes] { $tone ->
            [formal] as you asked, in writing and short: one decision I would value your view on: *(the decision)*. The options are *(A)* and *(B)*; I recommend *(B)*, because *(the one reason)*.
            [warm] as you asked, in writing and short: one decision I’m stuck on: *(the decision)*. Options: *(A)* or *(B)*; I’d go with *(B)*, because *(the one reason)*.
           *[concise] as asked, in writing: *(the decision)*. *(A)* or *(B)*; I’d pick *(B)*, because *(reason)*.
        }
       *[other] { $tone ->
        [formal] as you offered, one decision I would value your view on: *(the decision)*. The options are *(A)* and *(B)*; I recommend *(B)*, because *(the one reason)*.
        [warm] as you offered, here’s one decision I’m stuck on: *(the decision)*. Options: *(A)* or *(B)*; I’d go with *(B)*, because *(the one reason)*.
       *[concise] as offered, one decision: *(the decision)*. *(A)* or *(B)*; I’d pick *(B)*, because *(reason)*.
        }
    }
## The meeting shape: a short slot

request-meeting-ask = { $tone ->
        [formal] I would like to ask for { $minutes } minutes of your time to get your perspective on one problem: { $challenge }.
        [warm] Could I borrow { $minutes } minutes for your perspective on one problem: { $challenge }?
       *[concise] Could I have { $minutes } minutes for your view on one problem: { $challenge }?
    }
# Back for what they offered after a not now (request-since-not-now-offered follows): no length asked for.
request-meeting-ask-offered = { $tone ->
        [formal] I would like to ask for your perspective on one problem: { $challenge }.
        [warm] { warm-love } your perspective on one problem: { $challenge }.
       *[concise] I’d like your view on one problem: { $challenge }.
    }
# $offer: yes when the ask is what they offered (nothing is proposed beside it).
request-meeting-why-you = { $offer ->
        [yes] { $tone ->
            [formal] Your experience with { $expertise } is directly relevant, and all of the preparation will be on my side.
            [warm] Your experience with { $expertise } is exactly what I’m missing, and I’ll do all the legwork.
           *[concise] Your experience with { $expertise } is the missing piece; I do the prep.
        }
       *[other] { $tone ->
            [formal] Your experience with { $expertise } is directly relevant, and I would like to propose a small, time-boxed way for you to help, with all of the preparation on my side.
            [warm] Your experience with { $expertise } is exactly what I’m missing, and I have a small, time-boxed idea for how you could help, with all the legwork on my side.
           *[concise] Your experience with { $expertise } is the missing piece. I have a small, time-boxed proposal; I do the prep.
        }
    }
# In a hierarchy the time is theirs to choose.
request-meeting-slot-yours = { $tone ->
        [formal] Please let me know what would suit you, and I will work around your calendar.
        [warm] Whatever time suits you works for me.
       *[concise] Any time that suits you.
    }
# A yes with limits: agreed already, so the first one is arranged, at their time.
# $condition: yes when it was a yes on a condition, now met: the first one is booked, in a week you name.
request-meeting-slot-agreed = { $condition ->
        [yes] { $tone ->
            [formal] Could I book the first one in the week of *(date)*? If another week suits you better, I will work around your calendar.
            [warm] Could I book the first one in the week of *(date)*? If another week suits you better, I’ll work around it.
           *[concise] Could I book the first one in the week of *(date)*?
        }
       *[other] { $tone ->
            [formal] Please let me know when would suit you for the first one, and I will work around your calendar.
            [warm] When would suit you for the first one? I’ll work around your calendar.
           *[concise] When suits you for the first one?
        }
    }
request-meeting-slot = { $tone ->
        [concise] A slot in the next two weeks?
       *[other] Would a slot in the next two weeks work?
    }

## The last sentence of the message

request-no-is-fine = { $tone ->
        [formal] If the answer is no, I will of course understand.
        [warm] And if it’s a no, that’s completely fine.
       *[concise] A no is fine too.
    }

## As a chat message

# $app: whatsapp when an informal offer in your own organisation is taken up on WhatsApp or in person
# (is.dropIn: a relationship-based culture whose colleagues talk there), else none.
# What the chat message is, after the label: after a referral the thanks, or the question who they meant ($same).
request-chat-same = { $same ->
        [thanks] The same thanks, shorter, with no request for time.
        [who] The same one-line question.
       *[other] The same ask, shorter.
    }
request-chat-note = { $messenger ->
        [none] { $app ->
            [whatsapp] For WhatsApp, how colleagues here take up an open door: send this rather than the email, or skip it and drop by. { request-chat-same }
           *[other] { $workplace ->
                [other] For a message app you already use with each other ({ $chatApp ->
                    [telegram] Telegram, Viber, LinkedIn
                    [viber] Viber, LinkedIn
                   *[other] WhatsApp, LinkedIn
                }), if you do; your own { shared-my-org }’s chat does not reach them. { request-chat-same }
               *[same] { $chatApp ->
                    [whatsapp] For WhatsApp, or your company’s chat, whichever you two usually use. { request-chat-same }
                    [telegram] For Telegram, or your company’s chat, whichever you two usually use. { request-chat-same }
                    [viber] For Viber, or your company’s chat, whichever you two usually use. { request-chat-same }
                   *[other] For Slack or Teams, when that is how you two usually talk. { request-chat-same }
                }
            }
        }
       *[other] For { $messenger ->
            [wechat] WeChat
            [wecom] WeCom
            [dingtalk] DingTalk
            [feishu] Feishu (Lark)
            [kakaotalk] KakaoTalk
            [line] LINE
            [telegram] Telegram
            [signal] Signal
           *[whatsapp] WhatsApp
        }, where they asked you to write: send this one there, not the email. { request-chat-same }
    }
request-chat-hello-named = { $titled ->
        [true] Hello { $name },
       *[other] { $register ->
        [neutral] Hello { $name },
       *[other] { $tone ->
            [formal] Hello { $name },
           *[other] { $addressForm ->
                [given-name] Hi { $name },
               *[other] { $hierarchy ->
                    [hierarchical] Hello { $name },
                   *[other] Hi { $name },
                }
            }
        }
    }
    }
request-chat-hello = { $tone ->
        [formal] Hello,
       *[other] { $hierarchy ->
            [hierarchical] Hello,
           *[other] Hi,
        }
    }
request-chat-indirect = { $firstResponse ->
        [declined] { $tone ->
            [formal] you told me you could not take on mentoring, and I respect that. When the timing suits you, may I ask your advice on a single question, with a short note about it first? The topic: { $challengeTopic }.
           *[other] you told me you couldn’t take on mentoring, and I respect that. Whenever the timing suits, could I ask your take on a single question, with a short note about it first? The topic: { $challengeTopic }.
        }
       *[other] { $tone ->
            [formal] when the timing suits you, I would like to ask your advice on { $challengeTopic }. There is no rush; may I send you a short note about it first?
           *[other] whenever the timing suits, { warm-love } your take on { $challengeTopic }. No rush; could I send you a short note about it first?
        }
    }
request-chat-async = { $firstResponse ->
        [declined] { $tone ->
            [formal] you told me you could not take on mentoring, and I am not asking for that. May I send you one written question? The topic: { $challengeTopic }. If the answer is still no, I will not raise it again.
            [warm] you told me you couldn’t take on mentoring, and I’m not asking for that. Could I send you one written question? The topic: { $challengeTopic }. If it’s still a no, I won’t bring it up again.
           *[concise] you said no to mentoring, and I’m not asking for that. One written question? The topic: { $challengeTopic }. If it’s still no, I won’t ask again.
        }
       *[other] { $tone ->
            [formal] I am working on { $challengeTopic }. Could I send you a short written question when a decision needs your view? No meeting is needed; a few lines back would be enough.
            [warm] I’m working on { $challengeTopic }. Could I send you a short written question when a decision needs your view? No meeting needed; a few lines back would be plenty.
           *[concise] I’m working on { $challengeTopic }. A short written question when a decision needs your view? No meeting; a few lines back is enough.
        }
    }
# What goes before the conversation: a one-page summary, or the question in a few lines when they asked for no documents.
request-before-in-brief = { $documents ->
        [none] the question in a few lines beforehand
       *[other] { $tone ->
            [formal] a one-page summary beforehand
           *[other] a one-pager beforehand
        }
    }
request-before-concise = { $documents ->
        [none] The question in a few lines beforehand.
       *[other] One-pager beforehand.
    }
# A yes with limits: $offered is what they offered, said back to them.
# After a yes with limits the offer is agreed: taken up and the first one arranged, not asked for again.
request-chat-offered = { $firstResponse ->
        [yes-with-limits] { $tone ->
            [formal] I would like to take you up on { offer-said-the }, on { $challengeTopic }. When would suit you for the first one? I will send { request-before-in-brief }.
            [warm] taking you up on { offer-said-the }: { warm-love } your take on { $challengeTopic }. When would suit you for the first one? I’ll send { request-before-in-brief }.
           *[concise] taking you up on { offer-said-the }: your view on { $challengeTopic }. When suits you for the first one? { request-before-concise }
        }
       *[other] { $tone ->
            [formal] may I take you up on { offer-said-your }? I would value your perspective on { $challengeTopic }, and I will send { request-before-in-brief }.
            [warm] could I take you up on { offer-said-your }? { warm-love } your take on { $challengeTopic }, and I’ll send { request-before-in-brief }.
           *[concise] taking you up on { offer-said-your }: your view on { $challengeTopic }? { request-before-concise }
        }
    }
request-chat-meeting = { $firstResponse ->
        [declined] { $tone ->
            [formal] you told me you could not take on mentoring, and I am not asking for that. Could I have { $minutes } minutes in the next two weeks for a single question? The topic: { $challengeTopic }. If the answer is still no, I will not raise it again.
            [warm] you told me you couldn’t take on mentoring, and I’m not asking for that. Could I have { $minutes } minutes in the next couple of weeks for a single question? The topic: { $challengeTopic }. If it’s still a no, I won’t bring it up again.
           *[concise] you said no to mentoring, and I’m not asking for that. { $minutes } minutes in the next two weeks for a single question? The topic: { $challengeTopic }. If it’s still no, I won’t ask again.
        }
       *[other] { $tone ->
            [formal] could I have { $minutes } minutes in the next two weeks for your perspective on { $challengeTopic }? I will keep it focused and send { request-before-in-brief }.
            [warm] could I have { $minutes } minutes in the next couple of weeks for your take on { $challengeTopic }? I’ll keep it tight and send { request-before-in-brief }.
           *[concise] { $minutes } minutes in the next two weeks for your view on { $challengeTopic }? { request-before-concise }
        }
    }

## What they offered decides the message (issue 21): an informal offer, or a look at a document

# $document: what a review offer reads (offerShape.ts): design-doc, rfc, adr, draft, proposal, document.
request-offer-document = { $document ->
        [design-doc] design doc
        [rfc] RFC
        [adr] ADR
        [draft] draft
        [proposal] proposal
       *[document] document
    }
# An informal offer (a coffee, a fika, "when I'm in town"): no length, no agenda, no one-pager.
# An informal offer in your own organisation where an open door is taken up in person or on WhatsApp (is.dropIn).
request-note-drop-in = What they offered is an open door, and here an open door is taken up in person: drop by when the problem is in front of you, or send the short WhatsApp message below first. The email is for when neither fits: no length, no agenda, no one-pager.
request-note-informal = What they offered is informal, so the message is too: what you would like to talk about, their offer named plainly, and the time left to them. No length, no agenda, no one-pager.
# $offered: their offer as they said it, quoted (their "I" stays inside the quotes). $notNow: yes after a
# not now, with $milestone their time to come back ("in February") or none. $met: yes when they tied the offer
# to a condition: the request is sent once it is met, so it says so ($condition in the past; request-condition-met).
request-since-offer-informal = { $met ->
        [yes] { $tone ->
            [formal] When we last spoke, you kindly offered { offer-said } { $condition }. { request-condition-met } I would like to take you up on that, and no more.
            [warm] Last time you offered { offer-said } { $condition }. { request-condition-met } That’s all { warm-love-to } take you up on.
           *[concise] You offered { offer-said } { $condition }. { request-condition-met } That’s all I’m asking for.
        }
       *[other] { $notNow ->
            [yes] { $tone ->
                [formal] When we last spoke, you suggested returning to this { $milestone ->
                    [none] later
                   *[other] { $milestone }
                }, and you kindly offered { offer-said }. That is all I would like to take you up on.
                [warm] Last time you suggested we pick this up { $milestone ->
                    [none] later
                   *[other] { $milestone }
                }, and you offered { offer-said }. That’s all { warm-love-to } take you up on.
               *[concise] Last time you said to come back { $milestone ->
                    [none] later
                   *[other] { $milestone }
                }, and offered { offer-said }. That’s all I’m asking for.
            }
           *[no] { $tone ->
                [formal] You kindly offered { offer-said }, and that is all I would like to take you up on.
                [warm] You offered { offer-said }, and that’s all { warm-love-to } take you up on.
               *[concise] You offered { offer-said }. That’s all I’m asking for.
            }
        }
    }
request-informal-body = { $tone ->
        [formal] There is nothing to prepare on your side and no agenda; I will bring one question.
        [warm] Nothing to prepare on your side and no agenda: I’ll just bring one question.
       *[concise] No agenda, nothing to prepare: I’ll bring one question.
    }
# The time is theirs. $place: where they said they would be ("Bern"), or none.
# $first, $second: two days proposed when they left the time open ("some Friday", "give me a shout"), or none.
request-informal-when = { $place ->
        [none] { $first ->
            [none] { $tone ->
                [formal] Whenever it suits you; there is nothing to book.
                [warm] Whenever it suits you; there’s nothing to book.
               *[concise] Whenever it suits you; nothing to book.
            }
           *[other] { $tone ->
                [formal] Would { $first } or { $second } suit you? If neither does, I will fit around a day that does.
                [warm] Would { $first } or { $second } work for you? If not, I’ll fit around whatever day suits you.
               *[concise] Would { $first } or { $second } work? If not, name a day and I’ll be there.
            }
        }
       *[other] { $tone ->
            [formal] Perhaps the next time you are in { $place }, if that suits you.
            [warm] Maybe next time you’re in { $place }, if that suits you.
           *[concise] Next time you’re in { $place }, if that suits you.
        }
    }
request-chat-informal = { $firstResponse ->
        [yes-with-limits] { $tone ->
            [formal] I would like to take you up on { offer-said-your }, for your view on { $challengeTopic }, { $place ->
                [none] { $first ->
                    [none] whenever it suits you
                   *[other] perhaps { $first } or { $second }
                }
               *[other] the next time you are in { $place }
            }. There is nothing to prepare.
            [warm] taking you up on { offer-said-your }: { warm-love } your take on { $challengeTopic }, { $place ->
                [none] { $first ->
                    [none] whenever it suits you
                   *[other] perhaps { $first } or { $second }
                }
               *[other] next time you’re in { $place }
            }. Nothing to prepare.
           *[concise] taking you up on { offer-said-your }: your view on { $challengeTopic }, { $place ->
                [none] { $first ->
                    [none] whenever suits you
                   *[other] { $first } or { $second }
                }
               *[other] next time you’re in { $place }
            }. Nothing to prepare.
        }
       *[other] { request-chat-informal-asked }
    }
request-chat-informal-asked = { $tone ->
        [formal] may I take you up on { offer-said-your }? I would value your view on { $challengeTopic }, { $place ->
            [none] { $first ->
                [none] whenever it suits you
               *[other] perhaps { $first } or { $second }
            }
           *[other] the next time you are in { $place }
        }. There is nothing to prepare.
        [warm] could I take you up on { offer-said-your }? { warm-love } your take on { $challengeTopic }, { $place ->
            [none] { $first ->
                [none] whenever it suits you
               *[other] perhaps { $first } or { $second }
            }
           *[other] next time you’re in { $place }
        }. Nothing to prepare.
       *[concise] taking you up on { offer-said-your }: your view on { $challengeTopic }, { $place ->
            [none] { $first ->
                [none] whenever suits you
               *[other] { $first } or { $second }
            }
           *[other] next time you’re in { $place }
        }? Nothing to prepare.
    }
# A look at a document: the message is the document, attached, and what to look at. No meeting.
request-note-review = They offered to look at a { request-offer-document }, so this is not a request for time: it is the { request-offer-document } itself. Attach it, and send the message when it is ready for their comments; no meeting and no one-pager.
request-subject-review = { $tone ->
        [formal] The { request-offer-document } on { $topic }, for your comments as you offered
        [warm] The { request-offer-document } on { $topic }, as you offered
       *[concise] { request-offer-document } for your comments: { $topic }
    }
request-review-opening = { $tone ->
        [formal] You kindly offered to look at a { request-offer-document } if I sent one, so I have attached it: it is on { $challengeTopic }.
        [warm] You offered to look at a { request-offer-document } if I sent one over, so here it is, attached: it’s on { $challengeTopic }.
       *[concise] You offered to look at a { request-offer-document } if I sent one, so it’s attached: { $challengeTopic }.
    }
# $question: what you want their view on.
request-review-look-at = { $tone ->
        [formal] What I would most value your comments on is { $question }. Notes in the { request-offer-document } itself are all I need; there is no need to meet.
        [warm] What { warm-love } your comments on most: { $question }. Notes in the { request-offer-document } itself are plenty; no need to meet.
       *[concise] Where your comments matter most: { $question }. Notes in the { request-offer-document } are plenty; no meeting needed.
    }
request-review-close = { $tone ->
        [formal] There is no rush; whenever you have a moment for it.
        [warm] No rush at all; whenever you get to it.
       *[concise] No rush; whenever you get to it.
    }
request-chat-review = { $tone ->
        [formal] as you offered, I have sent you the { request-offer-document } on { $challengeTopic }. I would most value your comments on { $question }; there is no need to meet.
        [warm] as you offered, I’ve sent you the { request-offer-document } on { $challengeTopic }. Your comments on { $question } would help most; no need to meet.
       *[concise] as offered, the { request-offer-document } on { $challengeTopic } is in your inbox. Comments on { $question } help most; no meeting needed.
    }

## The first message to the person they named (after a referral). $referTo: the person, as confirmed;
## $leaderName: who sent you; $challengeTopic: the challenge mid-sentence; $minutes: the length asked for.

request-to-referral-heading = To { $referTo }: the first message
request-to-referral-note = { $met ->
        [no] { $door ->
            [introduce] Wait for { $leaderName }’s word: { $leaderThey } said { $leaderThey } would let { $pronoun } know first. Send it once { $leaderThey ->
                [they] they have
               *[other] { $leaderThey } has
            }, not before.
            [ask] Wait for { $leaderName }’s answer to the question above. If they introduce you, reply to that introduction with these lines; if they say you may mention them, send it as it is.
            [first] Send it this week, with the message above: { $leaderName } asked you to see { $pronoun } first.
           *[other] Send it once the message above has gone, so { $leaderName } hears it from you first.
        }
       *[other] Send this one first: { $leaderName } asked you to see { $met } before coming back. Send the message above only after that meeting, with the question that remains.
    } One line says who sent you; the rest is the one problem and a short slot.
# $greetAs: how a stranger is greeted there (the title and family name, Mr or Ms and the family name
# where their words show which, else the given name; never the full name); $referTitled: true when it
# starts with a title or salutation; $referHi: yes where the culture greets by first name.
request-to-referral-greeting = { $referTitled ->
        [true] Dear { $greetAs },
       *[other] { $tone ->
            [formal] Dear { $greetAs },
           *[other] { $referHi ->
                [yes] Hi { $greetAs },
               *[other] Dear { $greetAs },
            }
        }
    }
# $reason: why the leader named them, said to them ("you ran the customs integration"), or none: who sent you, and why you.
request-to-referral-body = { $tone ->
        [formal] { $leaderCalled } kindly suggested I contact you{ $reason ->
            [none] {""}
           *[other] , since { $reason }
        }. I am working on { $challengeTopic }, and I would value your view on it. Could we find a short conversation in the coming weeks, at a time that suits you?
        [warm] { $leaderCalled } suggested I get in touch with you{ $reason ->
            [none] {""}
           *[other] , because { $reason }
        }. I’m working on { $challengeTopic }, and I’d love your take on it. Could we have a short chat in the next few weeks, whenever suits you?
       *[concise] { $leaderCalled } suggested I { $reason ->
            [none] get in touch
           *[other] talk to you, because { $reason }
        }. I’m working on { $challengeTopic }; could we have a short chat about it in the next few weeks?
    }

## They asked to be reminded ("remind me", "ping me"): the message is that reminder, short, not a fresh pitch.
## $milestone: when they said, as said to them ("once the cutover is stable"), or none; $condition: yes
## when that is a condition (said as met); $live: no when everything proposed is written; $later: the
## month proposed if it is still too early ("July"), or none.
request-note-reminder = The reminder they asked for, so keep it this short: they know what you want to ask, and it asks one question instead of pitching again.
request-subject-reminder = { $tone ->
        [formal] A reminder, as you asked: { $topic }
        [warm] The reminder you asked for: { $topic }
       *[concise] Reminder, as asked: { $topic }
    }
# Past the month you expected it (the note at the top says so): whether their condition is met, a blank to fill in.
request-condition-blank = **[{ fill-in-label }: { $tone ->
        [formal] “That has now happened.”
       *[other] “That’s happened.”
    } if it has; if not, where it stands]**
request-reminder-opening = { $milestone ->
        [none] { $tone ->
            [formal] When we last spoke, you asked me to remind you about this later, so here is my reminder.
           *[other] Last time you asked me to remind you about this later, so here’s the reminder.
        }
       *[other] { $condition ->
            [unconfirmed] { $tone ->
                [formal] When we last spoke, you asked me to remind you { $milestone }. { request-condition-blank } Here is my reminder.
               *[other] Last time you asked me to remind you { $milestone }. { request-condition-blank } Here’s the reminder.
            }
            [yes] { $tone ->
                [formal] When we last spoke, you asked me to remind you { $milestone }. That has now happened, so here is my reminder.
                [warm] Last time you asked me to remind you { $milestone }. That’s happened, so here’s the reminder you asked for.
               *[concise] You asked me to remind you { $milestone }. That’s happened, so here it is.
            }
           *[other] { $tone ->
                [formal] When we last spoke, you asked me to remind you { $milestone }, so here is my reminder.
                [warm] Last time you asked me to remind you { $milestone }, so here’s the reminder you asked for.
               *[concise] You asked me to remind you { $milestone }, so here it is.
            }
        }
    }
request-reminder-ask = { $tone ->
        [formal] Would now be a good time for { $live ->
            [yes] { $minutes } minutes
           *[other] one written question
        } on { $challengeTopic }? I would bring one decision and do all of the preparation.
        [warm] Is now a good time for { $live ->
            [yes] { $minutes } minutes
           *[other] one written question
        } on { $challengeTopic }? I’d bring one decision, prepared.
       *[concise] Is now a good time for { $live ->
            [yes] { $minutes } minutes
           *[other] one written question
        } on { $challengeTopic }?
    }
request-reminder-close = { $later ->
        [none] { $tone ->
            [formal] If it is still too early, please tell me when to try again.
           *[other] If it’s still too early, just tell me when to try again.
        }
       *[other] { $tone ->
            [formal] If it is still too early, I will try again in { $later }, unless another month suits you better.
            [warm] If it’s still too early, I’ll try again in { $later }, unless another month suits you better.
           *[concise] Still too early? Then I’ll try again in { $later }.
        }
    }
request-chat-reminder = you asked me to remind you { $milestone ->
        [none] about this
       *[other] { $milestone }
    }: is now a good time for { $live ->
        [yes] { $minutes } minutes
       *[other] one written question
    } on { $challengeTopic }?

## After a referral to a person named (is.referralFirst, no offer of theirs to take up): the question went
## to that person, so the message to the leader is a short thank-you and heads-up that asks for no time.
## $referTo: the person, as confirmed; $pronoun: him, her or them; $door: introduce, ask, sent or first
## (sentYou.ts ReferralDoor); $sentYou: yes when they said to name them; $month: the month they are busy
## until ("till March"), or none; $leaderCalled: the leader as the documents call them; $minutes: the one later ask.

request-note-referral-plan = This is not a meeting request: { $door ->
        [first] { $leaderCalled } asked you to see { $referTo } first, so this only thanks { $leaderThey ->
            [they] them
            [she] her
           *[other] him
        } and says you will.
       *[other] { $leaderCalled } handed this question to { $referTo }, so this only thanks { $leaderThey ->
            [they] them
            [she] her
           *[other] him
        } and says what you will do.
    } { $door ->
        [call] Give { $leaderCalled } two or three working days to tell { $pronoun }, then phone { $referTo } (what to say is below).
       *[other] Contact { $referTo } first (below).
    } Once you have met { $pronoun }, send { $leaderCalled } two lines of thanks. Ask { $leaderCalled } for nothing { $month ->
        [none] more for now
       *[other] before { $month }
    }; then, if one question is still open, { $written ->
        [yes] write it to { $leaderCalled }, as { $leaderThey ->
            [they] they
            [she] she
           *[other] he
        } asked: one short note, no meeting request.
       *[other] ask for { $minutes } minutes on that question alone.
    }
## A referral to someone they did not name ("someone on the platform team", "ask my deputy": rules/referralWho.ts):
## the message asks who, in one line. $kind: team, which, role or said; $rest: the team ("on the platform team"),
## the group ("the architects"), the role said to them ("your deputy") or their words; $referTo: their words, said to them.
request-referral-who-question = { $kind ->
        [team] who { $rest } I should speak to
        [which] which of { $rest } I should speak to
        [role] who { $rest } is, so that I can get in touch
       *[said] who you had in mind when you said “{ $rest }”
    }
request-note-referral-who = This is not a meeting request: { $leaderCalled } pointed you to { $referTo } without a name, so this only asks who, in one line. Once you have the name, write to that person, saying who sent you; then, if one question is still open, { $written ->
        [yes] write it to { $leaderCalled }, as { $leaderThey ->
            [they] they
            [she] she
           *[other] he
        } asked: one short note, no meeting request.
       *[other] ask { $leaderCalled } for { $minutes } minutes on that question alone.
    }
request-subject-referral-who = { $tone ->
        [formal] A quick question: whom should I speak to?
       *[other] Quick question: who should I talk to?
    }
request-referral-who = { $tone ->
        [formal] Thank you for the suggestion. Could you tell me { request-referral-who-question }? I will get in touch and let you know how it goes.
        [warm] Thanks for the pointer. Could you tell me { request-referral-who-question }? I’ll get in touch and let you know how it goes.
       *[concise] Thanks for the pointer. Could you tell me { request-referral-who-question }?
    }
request-chat-referral-who = { $tone ->
        [formal] thank you for the suggestion; could you tell me { request-referral-who-question }?
       *[other] thanks for the pointer; could you tell me { request-referral-who-question }?
    }
request-subject-referral = { $tone ->
        [formal] Thank you for pointing me to { $referTo }
        [warm] Thanks for pointing me to { $referTo }
       *[concise] Thanks: { $referTo }
    }
request-referral-thanks = { $door ->
        [call] { $tone ->
            [formal] Thank you for suggesting { $referTo }, and for letting { $pronoun } know I will call; I will phone { $pronoun } early next week and let you know how it goes.
            [warm] Thanks for suggesting { $referTo }, and for letting { $pronoun } know I’ll call; I’ll ring { $pronoun } early next week and let you know how it goes.
           *[concise] Thanks for suggesting { $referTo }; I’ll call { $pronoun } early next week and let you know how it goes.
        }
        [introduce] { $tone ->
            [formal] Thank you for suggesting { $referTo }, and for offering to let { $pronoun } know first; I will wait for your word before I get in touch, and let you know how it goes.
            [warm] Thanks for suggesting { $referTo }, and for offering to let { $pronoun } know first; I’ll wait for your word before I get in touch, and let you know how it goes.
           *[concise] Thanks for suggesting { $referTo } and offering to tell { $pronoun } first; I’ll wait for your word before I write.
        }
        [ask] { $tone ->
            [formal] Thank you for suggesting { $referTo }. Would you be willing to introduce us, or may I mention that you suggested I contact { $pronoun }? Either way, I will let you know how it goes.
            [warm] Thanks for suggesting { $referTo }. Would you like to introduce us, or may I mention that you suggested I get in touch? Either way, I’ll let you know how it goes.
           *[concise] Thanks for suggesting { $referTo }. Will you introduce us, or may I mention your name? I’ll let you know how it goes.
        }
        [first] { $tone ->
            [formal] Thank you for suggesting { $referTo }; I will meet { $pronoun } first, as you suggested, and let you know how it goes.
            [warm] Thanks for suggesting { $referTo }; I’ll meet { $pronoun } first, as you suggested, and let you know how it goes.
           *[concise] Thanks for suggesting { $referTo }; I’ll meet { $pronoun } first and let you know how it goes.
        }
       *[other] { $tone ->
            [formal] Thank you for suggesting { $referTo }; I will get in touch{ $sentYou ->
                [yes] , say that you sent me,
               *[other] {""}
            } and let you know how it goes.
            [warm] Thanks for suggesting { $referTo }; I’ll get in touch{ $sentYou ->
                [yes] , say that you sent me,
               *[other] {""}
            } and let you know how it goes.
           *[concise] Thanks for suggesting { $referTo }; I’ll get in touch{ $sentYou ->
                [yes] , say you sent me,
               *[other] {""}
            } and let you know how it goes.
        }
    }{ $month ->
        [none] {""}
       *[other] { $tone ->
            [formal] {" "}I will not ask for any of your time before { $month }.
            [warm] {" "}I won’t ask for any of your time before { $month }.
           *[concise] {" "}Nothing needed from you before { $month }.
        }
    }
request-chat-referral = { $tone ->
        [formal] thank you for pointing me to { $referTo }; { $door ->
            [call] I will call { $pronoun } early next week
            [first] I will meet { $pronoun } first, as you suggested,
            [introduce] I will get in touch once you have let { $pronoun } know,
           *[other] I will get in touch with { $pronoun }
        } and let you know how it goes.
        [warm] thanks for pointing me to { $referTo }; { $door ->
            [call] I’ll ring { $pronoun } early next week
            [first] I’ll meet { $pronoun } first, as you suggested,
            [introduce] I’ll get in touch once you’ve let { $pronoun } know,
           *[other] I’ll get in touch with { $pronoun }
        } and let you know how it goes.
       *[concise] thanks for pointing me to { $referTo }; I’ll let you know how it goes.
    }

## "I'll tell her you'll call" (door call): two or three working days, then a phone call, and what to say.
request-to-referral-call-heading = Calling { $referTo }: what to say
request-to-referral-call-note = Give { $leaderName } two or three working days to tell { $pronoun }, then phone { $referTo }; do not wait to hear that { $leaderThey ->
        [they] they have
       *[other] { $leaderThey } has
    }: you would not. When { $pronoun ->
        [him] he picks
        [her] she picks
       *[other] they pick
    } up:
request-to-referral-call-opener = > “{ $greetAs }, { $leaderCalled } asked me to call you about { $topic }. Could I have half an hour this week or next?”
