### Shared by every message to the leader: the greeting and the sign-off.
### Variables every message has: $tone (formal, warm, concise), $relationship, $organization,
### $communication (direct, indirect), $hierarchy (flat, hierarchical), $cadence, $format, $firstResponse.

# $name: how you address them (addressAs, else the culture's usual form with their name), already Markdown-safe.
# There is no greeting without a name: a bare "Hello," reads as a mass mailing.
# $titled (a fact, like $tone): true when they are greeted with a salutation or title ("Dr. Vogel"): "Hi Dr. Vogel," mixes registers.
# $addressForm (a fact): the country's usual form of address; given-name where first names are the
# norm even with executives, so a first name is "Hi" there however hierarchical ("Hi Vero,", not "Dear Vero,").
# $register (a fact): neutral where we know nothing of the culture (a country without a preset, no
# scales set): a courteous "Dear", never "Hi".
greeting-named = { $titled ->
        [true] Dear { $name },
       *[other] { $register ->
        [neutral] Dear { $name },
       *[other] { $tone ->
            [formal] Dear { $name },
           *[other] { $addressForm ->
                [given-name] Hi { $name },
               *[other] { $hierarchy ->
                    [hierarchical] Dear { $name },
                   *[other] Hi { $name },
                }
            }
        }
    }
    }

signoff = { $tone ->
        [formal] Kind regards,
        [warm] Thank you,
       *[other] { $register ->
            [neutral] Kind regards,
           *[other] { $hierarchy ->
                [hierarchical] Kind regards,
               *[other] Thanks,
            }
        }
    }

# After a referral they asked you to take first ("see X first, then come back"), met already. $met: him, her or them.
stay-in-touch-met = { $tone ->
        [formal] Thank you for pointing me to { $referral }; I will keep in touch with { $met }, as you suggested.
        [warm] Thanks for pointing me to { $referral }; I’ll keep in touch with { $met }, as you suggested.
       *[concise] Thanks for pointing me to { $referral }; I’ll keep in touch with { $met }.
    }
# "I’ll get in touch with …": the person they referred you to. $referral: their words, Markdown-safe.
# $channel: yes when $referral is a channel they pointed to (a programme, a guild), not a person.
stay-in-touch = { $channel ->
        [yes] { $tone ->
            [formal] I will go through { $referral }, as you suggested.
            [warm] I’ll go through { $referral }, as you suggested.
           *[concise] I’ll go through { $referral }.
        }
       *[no] { $met ->
            [him] { stay-in-touch-met }
            [her] { stay-in-touch-met }
            [them] { stay-in-touch-met }
           *[no] { $tone ->
                [formal] Thank you for pointing me to { $referral }; I will get in touch, as you suggested, and let you know how it goes.
                [warm] Thanks for pointing me to { $referral }; I’ll get in touch, as you suggested, and let you know how it goes.
               *[concise] Thanks for pointing me to { $referral }; I’ll get in touch and let you know how it goes.
            }
        }
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
# Tied to a condition and no month named ($comeBackOn, a fact): when what they wait for now is done.
shared-month-in = { $month ->
        [none] { $comeBackOn ->
            [condition] when *(what they are waiting for now)* is done
           *[other] in { shared-month }
        }
       *[other] in { shared-month }
    }

## Labels the layout puts before a line, where a conditional chooses the line (issue 20, item 5)

# Before the tone note, in the prep doc and the script (advice.toneNote).
tone-note-label = A note on tone:
# Before a line you say (an objection card's answer, a question in the talk with your manager).
label-you = You:

## The organization (rules/shared.ts). $organization: startup, scale-up, enterprise, public-sector,
## nonprofit, or unknown when the profile does not say.

# What it cares about ($stakes in the advice and the reasons' cards).
shared-stakes = { $organization ->
        [startup] runway, speed to the next milestone, and keeping the product easy to change
        [scale-up] reliability while it grows, onboarding new teams, and delivery speed
        [enterprise] cost, risk, delivery dates and customers
        [public-sector] service to the public, statutory and audit duties, budget cycles and procurement rules
        [nonprofit] the mission, stretched budgets, and the trust of funders and the people served
       *[other] cost, risk, delivery and the people it serves
    }
# What the leader's side is called when they work elsewhere. $theirSector: the kind of organization the
# leader works at (leader.sector, else read from leader.company, else unknown), never yours: a company
# only when it is one (reader r10: a government authority called "their company").
shared-their-org = { $theirSector ->
        [startup] company
        [scale-up] company
        [enterprise] company
       *[other] organization
    }
# Who keeps a senior's calendar: a Gulf or Egyptian official's office director (مدير المكتب), else an assistant.
shared-assistant = { $gatekeeper ->
        [office-director] office director
       *[other] assistant
    }
shared-executive-assistant = { $gatekeeper ->
        [office-director] office director
       *[other] executive assistant
    }
# Both sides at once: "either company" only when both are companies ($organization is yours).
shared-either-side = { $organization ->
        [public-sector] either side
        [nonprofit] either side
       *[other] { $theirSector ->
            [startup] either company
            [scale-up] either company
            [enterprise] either company
           *[other] either side
        }
    }
# Your own organization, without an article, where a sentence says “my company”: a public body or a
# nonprofit is not a company.
shared-my-org = { $organization ->
        [startup] company
        [scale-up] company
        [enterprise] company
       *[other] organization
    }
# What a sentence calls it ($orgNoun: “the company”).
shared-org-noun = { $organization ->
        [startup] the company
        [scale-up] the company
        [enterprise] the company
       *[other] the organization
    }
# What a decision is framed for ($stakeOwner in script-ask-executive-framing: “the business”).
shared-stake-owner = { $organization ->
        [startup] the company
        [scale-up] the company
        [enterprise] the business
        [public-sector] the service
        [nonprofit] the mission
       *[other] the organization
    }

# Their milestone after “put it off” ($until in advice-premise-not-now), with the space before it.
# $how: for (“for a few weeks”), to (“to January”) or until; $when: their words, Markdown-safe.
shared-put-off-until = { $how ->
        [for] { " " }for { $when }
        [to] { " " }to { $when }
       *[other] { " " }until { $when }
    }

## When to come back, read from their first answer (slots.ts comeBackFrom, context.ts). $what: their
## words after "until" or "after", $month: a month in the document's language; not Markdown-safe yet
## (the caller escapes the whole line).

# When you come back ($comeBack in the advice, the cards and the thank-you note).
# $how: end (“until the end of the quarter”), until (“until the Series B closes”), until-over
# (“until the launch”: the week after it is over), this-year (“not this year”; $due: what it waits
# for, "none" when they said nothing, $dueCount: one or other for “is”/“are”), after (a milestone
# or a named holiday), few (“in a few weeks”; $unit: weeks or months), month (a month they named),
# or other: the start of next quarter.
come-back-when = { $how ->
        [end] right after { $what }
        [until] the week after { $what }
        [until-over] the week after { $what } is over
        [this-year] in January{ $due ->
            [none] {""}
           *[other] , once { $due } { $dueCount ->
                [one] is
               *[other] are
            } settled
        }
        [after] after { $what }
        [few] in a few { $unit ->
            [months] months
           *[other] weeks
        }
        [month] in { $month }
        [condition] { $what }
       *[other] at the start of next quarter
    }
# The objection the card answers, as they put it off ($objection). $how as for come-back-when;
# until-over says what until says.
come-back-objection = { $how ->
        [end] I’m slammed until { $what }.
        [until] I’m slammed until { $what }.
        [until-over] I’m slammed until { $what }.
        [this-year] Not this year.
        [after] Let’s revisit after { $what }.
        [few] Let’s revisit in a few { $unit ->
            [months] months
           *[other] weeks
        }.
        [month] Let’s revisit in { $month }.
        [condition] Come back { $their }.
       *[other] Let’s revisit this next quarter.
    }

## Their answers placed in a sentence (answers.ts, context.ts). $challenge: the challenge as typed,
## normalized and Markdown-safe, when it is a clause (“our teams each built their own integration”).

# After a preposition (“work on …”): challengeTopic.
challenge-topic-clause = the problem that { $challenge }
# After “is”: challengeIs.
challenge-is-clause = that { $challenge }
# What you ask them when the profile does not say how their expertise applies (said.bridge, the
# script's ask): a spoken line cannot hold a fill-in prompt.
bridge-missing = where we should start
# The challenge named in general, when the label proposed from it would name the leader to their face.
challenge-short-general = the challenge
# The mentoring program they pointed you to, spelt as they spelt it: $spelling scheme, programme or program.
shared-mentoring-program = { $spelling ->
        [scheme] mentoring scheme
        [programme] mentoring programme
       *[program] mentoring program
    }

# What you did with the program they pointed you to ($programJoined in the advice and the request):
# $joined: yes for a guild or a community of practice, no for a program or scheme; $program: its name.
shared-joined-the = { $joined ->
        [yes] joined the { $program }
       *[other] applied to the { $program }
    }

## The profile's choices named in a sentence (context.ts: organization.label, format.label,
## relationship.label) and the session log's topic when the log names none.

# $organization: startup, scale-up, enterprise, public-sector, nonprofit, or unknown.
label-organization = { $organization ->
        [startup] a startup
        [scale-up] a scale-up
        [enterprise] an enterprise
        [public-sector] a public-sector organization
        [nonprofit] a nonprofit
       *[other] the organization
    }
# $format: meetings, async or mixed.
label-format = { $format ->
        [meetings] short meetings
        [async] written async updates
       *[mixed] a mix of short meetings and async updates
    }
# $relationship: skip-level, cross-team, executive, former-manager; $otherCompany: yes when they work
# at another company (then not “a leader in another team”, reader r8; a former manager stays one).
label-relationship = { $relationship ->
        [former-manager] a former manager
       *[other] { $otherCompany ->
            [yes] a leader at another { shared-their-org }
           *[other] { $relationship ->
                [skip-level] a skip-level leader
                [cross-team] a leader in another team
               *[executive] an executive
            }
        }
    }
# The next topic of a later check-in when the log names none: the challenge ($challenge, Markdown-safe).
log-topic-challenge = The challenge: { $challenge }.
# Inside a fill-in prompt when neither the log nor the profile names a topic.
log-topic-missing = the topic for this session
# The subject line's topic when the challenge is too long or a clause, or not given.
subject-topic-default = one architecture decision
# Above the reply to a "not now" when they had already deferred to a month ($named) and you come back
# then: the reply is for a second "not now", and the month it names ($month) is three months on.
# $named: the month they named, or none when it has passed and coming back is due now.
not-now-again-note = For a second “not now”: if { $named ->
        [none] now
       *[other] { $named }
    } is still not the right time, this reply names { $month }, three months on.
# At the top of every document that carries timing (context.ts timingNote). $month: the come-back month in
# the profile, with its year ("April 2026"); $when: the condition they named ("once the audit is closed"), or none.
timing-month-passed = **The month in the profile, { $month }, has passed:** these documents treat coming back as due now and name no month before it.{ $when ->
        [none] {""}
       *[other] {" "}They tied it to a condition, “{ $when }”: check it has happened before you write, as nothing here says it has.
    } Change the month in the profile: to this month once it is time to write, or to the month you now expect.

# After "you said to come back after …": what kept them busy then, in their words ("the NIK audit"),
# acknowledged without claiming it is over. $busy: a noun phrase with its article.
ack-busy-with = { $tone ->
        [formal] I understand that { $busy } had to come first.
        [warm] I know { $busy } had to come first.
       *[concise] I know { $busy } came first.
    }

chat-after-answer-note = Once they answer, one line back the same day, and later one more on how it went.
# Once they answered a question in a chat they chose: thanks, the pick, and a word on how it lands. $name: how they are addressed.
chat-after-answer = { $tone ->
        [formal] Thank you, { $name }, that helped. I am going with *(your pick)* and will tell you how it lands.
        [warm] Thanks so much, { $name }, that really helped. Going with *(your pick)*; I’ll let you know how it lands.
       *[concise] Thanks { $name }, that helped. Going with *(your pick)*; I’ll tell you how it lands.
    }

## A missing answer in a document: **[fill in: the prompt]** (answers.ts). $field: the answer's path, "." as "-".
fill-in-label = fill in
fill-in = { $field ->
        [you-name] your name
        [you-role] your role
        [you-strengths] a strength you bring
        [leader-name] the leader’s name
        [leader-addressAs] how you address them out loud
        [leader-role] the leader’s role
        [leader-initiative] a project or initiative they led
        [leader-expertise] what they are known for
        [leader-decisionYouAdmire] one decision of theirs you admire
        [leader-company] the company they work at
       *[challenge] the challenge you want their view on
        [challengeShort] a short name for the challenge
        [expertiseApplied] how their expertise applies to your challenge
        [valueYouBring] what you bring back to them and the team
        [firstResponseWords] their words the first time
        [goal] what you want to be able to do in 6 to 12 months
        [successLooksLike] what a good outcome of the three-month trial is
    }

## Their offer as said to them: an informal one in plain words ("a coffee", "the lunch you offered"), never
## their own words quoted back with the pronouns turned round; any other offer quoted as they made it.
## $offerKind: what an informal offer is (offerShape.ts offerKind), none otherwise.
offer-kind = { $offerKind ->
        [coffee] a coffee
        [fika] a fika
        [lunch] lunch
        [dinner] dinner
        [breakfast] breakfast
        [meal] a meal
        [walk] a walk
        [drink] a drink
        [tea] a cup of tea
        [home-meal] a meal at your home
        [home-lunch] lunch at your home
        [home-dinner] dinner at your home
       *[other] a coffee
    }
offer-kind-the = { $offerKind ->
        [coffee] the coffee
        [fika] the fika
        [lunch] the lunch
        [dinner] the dinner
        [breakfast] the breakfast
        [meal] the meal
        [walk] the walk
        [drink] the drink
        [tea] the cup of tea
        [home-meal] the meal at your home
        [home-lunch] the lunch at your home
        [home-dinner] the dinner at your home
       *[other] the coffee
    }
offer-said = { $offerKind ->
        [none] “{ $offered }”
       *[other] { offer-kind }
    }
offer-said-the = { $offerKind ->
        [none] what you offered, “{ $offered }”
       *[other] { offer-kind-the } you offered
    }
offer-said-your = { $offerKind ->
        [none] your offer, “{ $offered }”
       *[other] your offer of { offer-kind }
    }
offer-said-you = { $offerKind ->
        [none] { $you }
       *[other] { offer-kind }
    }

# How long a written question is: the length they set ($length: page, paragraph; facts/limits.ts), else three lines.
written-length-in = { $length ->
        [page] on one page
        [paragraph] in one paragraph
       *[none] in three lines
    }

# A warm wish, without the upgrader where praise is understated (presets.ts praise: the Netherlands, Germany,
# the Nordics, the UK…): "I’d value your take", "I’d like to take you up on it", not "I’d love".
warm-love = { $praise ->
        [understated] I’d value
       *[other] I’d love
    }
warm-love-to = { $praise ->
        [understated] I’d like to
       *[other] I’d love to
    }
