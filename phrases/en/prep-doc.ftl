### The prep doc's own lines around the script, the reasons and the cards (templates/prep-doc.hbs and
### its partials). Variables every message has: $tone, $relationship, $firstResponse… (shared.ftl).

prep-objections-intro = Answer the worry behind the words once, then stop. If the honest answer is “you are right”, say so and adjust the ask on the spot.

# $name: the leader's name.
prep-reasons-intro = { $firstResponse ->
        [declined] Even a firm no has a reason behind it, and knowing it tells you whether a second ask can work at all. These are the likeliest for { $name }, given what they said, your relationship and the culture.
        [none] These fit your relationship with { $name } and the culture best. Build your ask around them.
        [no-reply] Silence has a reason too. These are the likeliest for { $name }, given your relationship and the culture; build the second ask around them.
       *[other] These fit what { $name } said, your relationship and the culture best. Build your ask around them.
    }
prep-reasons-others = Other reasons leaders give, in case one of them fits better:

prep-research-intro = An hour is enough.
prep-research-work = The problem, the constraints and the trade-offs they chose. { $workplace ->
        [other] { $theirSector ->
            [public-sector] Read what they have said and signed in public: their speeches and interviews, their body’s annual reports and published strategies. Borrow their vocabulary where it is accurate.
           *[other] Read or watch what they have made public: talks, articles, engineering-blog posts, open-source work. Borrow their vocabulary where it is accurate.
        }
       *[same] Read the design docs, ADRs or postmortems they wrote or signed off, and borrow their vocabulary where it is accurate.
    }

## A leader at another company (issue 21, item 2). $company: "Lumen", or "none" when not named.

prep-outside-title = Leader at { $company ->
        [none] another { shared-their-org }
       *[other] { $company }
    }.
prep-outside-lead = Helping you is no part of their job, and their { shared-their-org }’s work and yours stay confidential to each.
prep-outside-share = Share the problem, not the confidential details: describe it in general terms, with no customer names, figures, roadmaps or code that are not public, and keep what they tell you about { $company ->
        [none] their { shared-their-org }
       *[other] { $company }
    } to yourself. If you are unsure what may leave your { shared-my-org }, ask your manager before you send it.
# $written: true when the ask and what follows are in writing (they offered written answers): no call or coffee to fit.
prep-outside-logistics = { $written ->
        [true] Keep to writing, as they chose. There is no shared calendar, program or internal channel to lean on, so every note comes from you, in one thread.
       *[other] Fit the logistics to someone outside: a call, or a coffee when you are in the same city. There is no shared calendar, program or internal channel to lean on, so you send the invites and the notes.
    }


prep-terms-intro = Ranked by fit to this conversation, each with a question that uses it.
prep-terms-others = If the conversation goes there:

# $written: true when the ask is itself a written message: they are thanked once they have answered, not on the day it is sent.
prep-after-thanks = { $written ->
        [true] { $firstResponse ->
            [yes-with-limits] When they answer, thank them the same day in one line and tell them what you decided.
           *[other] When they answer, send the thank-you note the same day, whatever the answer; the “Thank-you note” template has it ready.
        }
       *[no] Send the thank-you note the same day{ $firstResponse ->
            [yes-with-limits] {""}
           *[other] , whatever the answer was
        }; the “Thank-you note” template has it ready.
    }

## The ask in one paragraph: who you go back to, then what you ask for (the 30-second version follows)

# $name: the leader's name; $minutes: the session length.
prep-ask-declined = You are going back to { $name }, who already said no.
prep-ask-declined-request = If you do ask, ask for { $format ->
        [async] one written question
       *[other] one conversation of { $minutes } minutes
    } about one real problem, not for “mentorship”; anything more is theirs to offer.
prep-ask-no-reply = You are going back to { $name }, who never replied to your first ask.
prep-ask-no-reply-request = This time the request is small and concrete: { $format ->
        [async] one written question
       *[other] one conversation of { $minutes } minutes
    } about one real problem, not “mentorship”.
# A yes with limits is not a lukewarm answer: there is nothing to ask again, only an offer to take up.
prep-ask-second = { $firstResponse ->
        [yes-with-limits] You are taking { $name } up on what they offered.
       *[other] You are going back to { $name } with a smaller, sharper request: help with one real problem, not “mentorship” in general.
    }
# One conversation (what they offered, or a doubt about fit): no trial and no review. $summary: the rhythm ("a single conversation of 20 minutes").
prep-ask-single-request = The request is { $summary }; anything more is theirs to offer. You do the preparation and the follow-up; they bring judgment.
prep-ask-second-request = The commitment has an end: the rhythm above for about three months, then a review where stopping is a good outcome. You do the preparation and the follow-up; they bring judgment.

# $reminder: how long before one short reminder, from the culture's time scale ("a week", "two weeks").
# $date: what to do after a not now (the advice's notNowDate).
prep-after-not-now = For “not now”: { $date }
# Where trust is built in person ($followUp in-person), no written reminder: asked once in person; the
# note or call they asked for where they named one ($followUp write, call).
prep-after-reminder = { $followUp ->
        [in-person] No answer to a note? After { $reminder }, ask once in person, then decide and tell them what you decided.
        [write] No answer to a note? Send a two-line reminder in writing { $reminder } later, the way they asked to be reached, then decide and tell them what you decided.
        [call] No answer to a note? After { $reminder }, call once, as they asked, then decide and tell them what you decided.
        [none] No answer to a note? Send no reminder, since they asked not to be chased: when your date passes, decide and tell them in one line what you decided.
       *[other] No answer to a note? Send one short reminder { $reminder } later, then decide and tell them what you decided.
    }

prep-objections-others = The objection cards answer the others, which are less likely with { $name }.

## Your relationship and the culture (templates/partials/nuance.hbs)

prep-culture-direct-no = Treat “no” as information, not as an insult, and accept it; the one follow-up that is never pressure is who else they would suggest.
# The written follow-up that lets either answer save face is in the ask and the pause.
prep-culture-indirect-ground = Prepare the ground with a short note a few days before, so the request is never a surprise.
# A public body is not called flat, whatever the country's manners (reader r5: a German federal agency),
# except where first names are the country's usual address (the Nordics, the Netherlands: reader 23, a
# Norwegian directorate), where the public service is as flat as the rest and only the record is formal.
prep-culture-flat = { $organization ->
        [public-sector] { $addressForm ->
            [given-name] You can approach them directly: first names and plain talk are normal in the public service here, up to directorate level. What counts is the written record, so note anything formal afterwards.
           *[other] You can approach them directly, but a public body keeps its formal line: titles, approvals and the written record count for more than everyday manners suggest.
        }
       *[other] In a flat organization you can approach them directly; flat does not mean invisible.
    }

## Lines whose choice the template used to hold (issue 20, item 5: no words inside a conditional)

# The rhythm proposed, under the title. $closed: true after a no or no reply (one conversation or one
# written question, then they offer the rest); $summary: the rhythm (rhythm-summary, rhythm-single-summary).
prep-rhythm = { $closed ->
        [true] { $format ->
            [async] a single written question
           *[other] { $summary }
        }; the rhythm in your profile waits until they offer a second one
       *[other] { $summary }
    }
prep-ask-reopen-title = Before you ask again
prep-reasons-counter = Counter-move:

# The note on a card they signalled the first time, under its title. $quoted: their words as a quoted sentence.
# No "the worry behind it" here: the title names the worry, and the note says only what to do.
prep-card-they-said = They said: “{ $quoted }” { $firstResponse ->
        [yes-with-limits] Keep inside the limits they set, and this one stays answered.
        [referral] Answer this one only if they raise it.
       *[other] Answer this one before they raise it again.
    }
prep-card-signalled-first = This is the one they signalled the first time: answer it before they raise it again.
prep-card-signalled-too = They signalled this one too the first time.

prep-terms-use = Use these:
prep-terms-try = Try:
# $name: the leader's name.
prep-terms-none = No glossary term fits this conversation closely, so none is suggested: padding the conversation with fashionable words would only dilute it. Use the words { $name } uses for this work; the research step above is where to find them.

prep-research-sent-title = Where your first message went.
prep-research-sent = Check that it reached them: the address, whether their { shared-assistant } reads their mail, whether it sank in a long thread, and when you sent it. Silence is often a lost message.

# $written: true when the second ask was itself a written message.
prep-after-accept = Thank them and accept it cleanly. Do not renegotiate { $written ->
        [true] in your reply
       *[other] in the room
    }.
# $closed: true after a no or no reply: this was already the second ask.
prep-after-no = { $closed ->
        [true] For “no”, ask one small question only: “Is there someone you’d suggest?” This was already your second ask, so the answer is final; do not ask for a single question instead. The next step is someone else.
       *[other] For “no”, ask two small questions: “Is there someone you’d suggest?” and “Would you be open to a single question when a decision is stuck?”
    }
# They already pointed you to someone or somewhere: nobody is asked for again (reader r9).
prep-after-no-pointed = { $closed ->
        [true] For “no”, ask nothing more: this was already your second ask, so the answer is final. The next step is the one they pointed you to.
       *[other] For “no”, ask one small question only: “Would you be open to a single question when a decision is stuck?” The next step is the one they pointed you to.
    }

# "When to ask" when their words named the time and no month says when it is: their time decides; the
# calendar only adds what falls in the weeks ahead. $when: their words (comeBackAfter), about them;
# $also: the observances ahead with their dates, joined, or none.
prep-timing-their-words = **When to ask:** { $when }, as they said: { $condition ->
        [yes] the come-back is tied to that, not to a date.
       *[other] their time decides, not the calendar.
    }{ $also ->
        [none] { "" }
       *[other] { " " }Also in the weeks ahead: { $also }.
    }
