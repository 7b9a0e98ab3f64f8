### What the culture scales change (issue 22): forms of address, the relationship beat, reply waits,
### disagreement, calendars and public-sector notes. Variables every message has: the facts (see
### shared.ftl) and the scales $trust (task-based, relationship-based), $disagreement (open,
### avoided), $time (linear, flexible).

# $address: the form we guessed from their name and country, Markdown-safe; $country: the country's English name.
culture-address-confirm = The documents greet them as “{ $address }”, the usual form in { $country }, guessed from their name. If that is not how they sign or how colleagues address them, set *how you address them* in the profile and generate again.
# $address: their full name, Markdown-safe.
culture-address-full-name = The documents greet them in writing by their full name, “{ $address }”, and use no name out loud. If they go by a title or their first name, set *how you address them* in the profile and generate again.

## Waits and reminders: the country's usual wait for a senior leader's answer, a week more where time is flexible.

# $weeks: a number of weeks (1 to 6).
culture-weeks = { $weeks ->
        [1] a week
        [2] two weeks
        [3] three weeks
        [4] four weeks
        [5] five weeks
        [6] six weeks
       *[other] { $weeks } weeks
    }

culture-weeks-pass = { $weeks ->
        [1] a week passes
        [2] two weeks pass
        [3] three weeks pass
        [4] four weeks pass
       *[other] { $weeks } weeks pass
    }

# When silence is taken as a no. $wait: "two weeks", "four weeks" (culture-weeks).
culture-silence = no reply within { $wait } is a no
culture-silence-relationship = if { $wait } pass with no reply, ask once more in person or at the next informal occasion, and only then take the silence as a no

## Relationship-based trust: time on them before the business, the ask when they turn to it.

culture-beat-title = Before the business: time on them
culture-beat-note = { $formerManager ->
        [yes] Here trust comes from time spent together, and you have history to draw on. Start with them: ask how they are and what they are working on now, and listen. Turn to the request only when they ask what brings you or move to business themselves (the second line). If that leaves too little time, offer to come back for the rest.
       *[other] Here trust comes from time spent together, not from a well-argued request. Start with them: ask how they are and what they are working on, listen, and share something of your own. Turn to the request only when they ask what brings you or move to business themselves (the second line). If that leaves too little time, offer to come back for the rest.
    }
# The prep doc's shorter note: its setting and culture notes say why.
culture-beat-note-prep-doc = Start with them and listen; say the second line only when they ask what brings you or turn to business.
# $name: ", Tanaka-san" after a greeting, or "".
culture-beat-line = { $tone ->
        [formal] It is good to see you{ $name }. Before anything else, how have the last few months been for you and your team?
        [warm] It’s really good to see you{ $name }. Before anything else, how have things been for you and the team lately?
       *[concise] Good to see you{ $name }. How have things been for you and the team?
    }
# Said only when they ask what brings you (the beat's note says so).
culture-beat-turn = { $tone ->
        [formal] Since you ask: there is something I have been hoping to get your advice on.
        [warm] Since you ask, there’s something I’ve been hoping to get your advice on.
       *[concise] Since you ask: there’s something I’d like your advice on.
    }
culture-listen-relationship = If they steer back to people and news, follow them: the answer may come later, through the relationship, rather than in this meeting.
culture-setting-informal = If they offer coffee, lunch or a walk instead of a meeting room, say yes: here that is an offer, not a lesser meeting.
culture-follow-up-relationship = Follow up the way the relationship works here: a short personal thank-you the same day, then stay in touch between sessions, not only when you need a decision. If { $wait } pass with no answer, do not send a formal reminder: ask in person or at the next informal occasion, or let someone you both know mention it. Silence here often means they are still asking around, not no.

## Avoided disagreement: how an objection and a no are raised when they are not said outright.

culture-listen-avoided = Listen for the objection and the no that are not said: a pause, “that could be difficult”, a question about someone else’s workload, a yes with no date. Do not ask them to say it outright; offer the written summary so they can answer without a no to your face.

## The prep doc's notes on trust, disagreement and time (nuance: "How trust, disagreement and time work here").

# The script already starts with them and accepts an informal setting: the note says what comes after.
culture-note-trust-relationship = **Trust comes from time together.** Follow up in person or by phone, not only in writing, and stay in touch between decisions, not only when you need one.
culture-note-disagreement-avoided = **Disagreement is rarely said outright, least of all to someone senior.** An objection comes as a question, as concern for someone else’s time, or later through your manager: answer it calmly, once. A no sounds like “that may be difficult”, a change of subject or a yes with no date. Raise your own doubts as questions, in private.
culture-note-disagreement-open-indirect = **Debate is a sign of respect here, even where much else is said indirectly.** Expect them to challenge the idea hard; answer with evidence rather than by retreating. A sharp question is engagement, not a no.
# $wait: how long, in words (culture-weeks: "four weeks"), or "none" where the ask's premise says it. The reminder is in "After the meeting".
culture-note-time-flexible = **Time is flexible.** { $wait ->
        [none] Replies take longer and dates move: do not take a slow reply or a moved meeting as a no.
       *[other] Allow { $wait } before you read anything into silence, and do not take a moved meeting as a no.
    }
culture-note-time-slow-answers = **Answers take time to form.** A senior leader here often consults others before answering, and that is not yet a refusal: { $wait ->
        [none] keep to the dates you agree.
       *[other] allow { $wait } before you read anything into silence, and keep to the dates you agree.
    }

# The pause and the closing where trust is relationship-based: no hurry, and the relationship outlasts the answer.
culture-think-relationship = { $tone ->
        [formal] Of course; there is no hurry at all. I would be glad to continue the conversation whenever it suits you, over coffee if you prefer.
        [warm] Of course, no hurry at all. I’d be happy to pick it up again whenever suits you, over a coffee if you like.
       *[concise] Of course, no hurry. Happy to pick it up over coffee whenever suits you.
    }
culture-closing-relationship = { $tone ->
        [formal] Whatever you decide, I have valued this conversation, and I would like to stay in touch.
        [warm] Whatever you decide, I’ve really enjoyed this, and I’d love to stay in touch.
       *[concise] Either way, I’d like to stay in touch.
    }

## The prep doc's "Your relationship and the culture" (templates/partials/nuance.hbs; rules/nuance.ts).
## Each relationship's note is a bold title, a lead sentence and its points. $name: the leader's name.

nuance-executive-title = Executive.
nuance-executive-lead = The ask is the same; the logistics are different.
# Who keeps the logistics once they agree. $keeper: assistant (they have one), startup (there is
# usually none), live (you meet: they may keep their own calendar), thread (you only write).
nuance-executive-logistics = { $keeper ->
        [assistant] Treat their executive assistant as an ally once { $name } agrees: be flexible, brief and grateful.
        [startup] Once { $name } agrees in principle, send the invites yourself: at a startup there is usually no assistant, so owning the logistics is what keeps them off their desk.
        [live] Once { $name } agrees in principle, send the invites yourself: they may well keep their own calendar, so owning the logistics is what keeps it off their desk.
       *[thread] Once { $name } agrees in principle, keep the thread yourself: one message per decision, so nothing lands on their desk to organize.
    }
# $reminder: how long before one short reminder ("a week").
nuance-executive-replies = { $format ->
        [async] Expect slow replies and do not take them personally; one short reminder after { $reminder } is enough.
       *[other] Expect cancellations and do not take them personally; offer the written route in the same reply.
    }
nuance-former-manager-title = Former manager.
nuance-former-manager-lead = The history helps, but the relationship needs a reset.
nuance-former-manager-history = Use the shared history: they know your blind spots better than anyone, so ask them to name them.
nuance-skip-level-title = Skip-level leader.
nuance-skip-level-lead = Your manager is the key to this working.
nuance-skip-level-manager = Nothing sinks a skip-level arrangement faster than your manager hearing about it from someone else.
nuance-cross-team-title = Leader outside your line.
nuance-cross-team-lead = Developing you is not part of their job, so the value for their own area has to be explicit.
nuance-cross-team-value = Show where your challenge touches their world: shared dependencies, platforms their teams use, patterns they would want to spread.
nuance-cross-team-sides = Do not ask them to take sides in cross-team priorities.

# The heading over the culture notes (culture-note-*).
nuance-culture-notes-title = How trust, disagreement and time work here

## Communication and hierarchy

# A direct culture: the ask first. $written: yes when the second ask is itself a written message.
nuance-direct-ask = { $trust ->
        [relationship-based] Once the conversation turns to business, put
       *[other] Put
    } the ask in the first two { $written ->
        [yes] lines
       *[other] minutes
    } and the context after it. A long wind-up reads as uncertainty.
# A flat organization that pointed you to its mentoring program. $program: the program's name ("mentoring program").
nuance-flat-program = They pointed you to the { $program }, so use it visibly and keep your direct ask narrow and separate from it.
# A hierarchical culture: the register. $form: note (a line confirming a guessed form of address comes
# just before), address (how you address them is known: $address), title (neither).
nuance-register = { $form ->
        [note] Keep
        [address] Address them as { $address } and keep
       *[title] Use their title and keep
    } a more formal register in writing until they suggest otherwise.
