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

# How to follow up, where the culture would do it in person or by phone: the channel they named
# ($channel: write, call, visit, or none) comes first (issue 21).
culture-in-person = { $channel ->
        [write] in writing, as they asked
        [call] by phone, as they asked
       *[other] in person
    }
culture-by-phone = { $channel ->
        [write] in writing, as they asked
        [visit] in person, as they asked
       *[other] by phone
    }

# When silence is taken as a no. $wait: "two weeks", "four weeks" (culture-weeks).
culture-silence = no reply within { $wait } is a no
culture-silence-relationship = if { $wait } pass with no reply, ask once more { $channel ->
        [write] in a short, personal note, as they asked
        [call] by phone, as they asked
       *[other] in person or at the next informal occasion
    }, and only then take the silence as a no

## Relationship-based trust: time on them before the business, the ask when they turn to it.

culture-beat-title = Before the business: time on them
# $hospitality: yes at their home or a family meal (offerShape.ts): the meal is the time on them.
culture-beat-note = { $hospitality ->
        [yes] Here trust comes from time spent together, and at their table the whole meal is that time. Talk about them, their family and the food; ask, listen, and share something of your own. Bring up nothing of your own business: wait until they turn to it, often over tea or coffee after the meal (the second line). If they never do, thank them warmly and leave the question for another day.
       *[other] { culture-beat-note-usual }
    }
culture-beat-note-usual = { $formerManager ->
        [yes] Here trust comes from time spent together, and you have history to draw on. Start with them: ask how they are and what they are working on now, and listen. Turn to the request only when they ask what brings you or move to business themselves (the second line). If that leaves too little time, offer to come back for the rest.
       *[other] Here trust comes from time spent together, not from a well-argued request. Start with them: ask how they are and what they are working on, listen, and share something of your own. Turn to the request only when they ask what brings you or move to business themselves (the second line). If that leaves too little time, offer to come back for the rest.
    }
# The prep doc's shorter note: its setting and culture notes say why.
culture-beat-note-prep-doc = Listen first; say the second line only when they turn to business.
# $name: ", Tanaka-san" after a greeting, or "". Where hierarchy is steep and seniors are addressed by
# title or surname (not the given name, as in Brazil or Argentina), a senior who is not your former
# manager is wished well, not told it is "really good to see" them (reader r11: too familiar for a
# Chinese VP); the opening line after it thanks them for their time.
culture-beat-line = { $relationship ->
        [former-manager] { culture-beat-line-familiar }
       *[other] { $hierarchy ->
            [hierarchical] { $addressForm ->
                [given-name] { culture-beat-line-familiar }
               *[other] { culture-beat-line-respectful }
            }
           *[other] { culture-beat-line-familiar }
        }
    }
culture-beat-line-familiar = { $tone ->
        [formal] It is good to see you{ $name }. How have the last few months been for you and your team?
        [warm] It’s really good to see you{ $name }. Before anything else, how have things been for you and the team lately?
       *[concise] Good to see you{ $name }. How have things been for you and the team?
    }
culture-beat-line-respectful = { $tone ->
        [formal] I hope you have been well{ $name }. How have the last few months been for you and your team?
        [warm] I hope you have been well{ $name }. Before anything else, how have things been for you and the team lately?
       *[concise] I hope you have been well{ $name }. How have things been for you and the team?
    }
# Said only when they ask what brings you (the beat's note says so).
culture-beat-turn = { $tone ->
        [formal] Since you ask: there is something I have been hoping to get your advice on.
        [warm] Since you ask, there’s something I’ve been hoping to get your advice on.
       *[concise] Since you ask: there’s something I’d like your advice on.
    }
culture-listen-relationship = If they steer back to people and news, follow them: the answer may come later, through the relationship, rather than in this meeting.
culture-setting-informal = If they offer coffee or a walk instead of a meeting room, say yes: here that is no lesser meeting.
culture-follow-up-relationship = Follow up the way the relationship works here: a short personal thank-you the same day, then stay in touch between sessions, not only when you need a decision. If { $wait } pass with no answer, do not send a formal reminder: { $channel ->
        [write] send one short, personal line, as they asked you to write
        [call] call once, as they asked
       *[other] ask in person or at the next informal occasion
    }, or let someone you both know mention it. Silence here often means they are still asking around, not no.

## Avoided disagreement: how an objection and a no are raised when they are not said outright.

culture-listen-avoided = Listen for the objection and the no that are not said{ $hierarchy ->
        [flat] , here between equals too: faint praise (“interesting”), a pause, “that could be difficult”, a yes with no date.
       *[other] : a pause, “that could be difficult”, a question about someone else’s workload, a yes with no date.
    } Do not ask them to say it outright; { $documents ->
        [none] offer to send the question in a short message, so they can answer
       *[other] offer the written summary so they can answer
    } without a no to your face.

## The prep doc's notes on trust, disagreement and time (nuance: "How trust, disagreement and time work here").

# The script already starts with them and accepts an informal setting: the note says what comes after.
# $countryName: the leader's country, which has no preset yet ("Kazakhstan"); $set: none when the user
# set no scale, some when they set some (their advice is given, the others' is not). Nothing is said
# from the scales they did not set: the defaults describe no one there (scales.ts scalesLeftUnknown).
culture-note-no-preset = **There is no culture preset for { $countryName } yet**, so this doc { $set ->
        [some] gives culture advice only from the scales you set.
       *[none] gives no advice on how directly people there ask, how much rank counts, or how they disagree and keep time.
    } To have it fit, set the five scales in the profile’s culture (communication, hierarchy, trust, disagreement, time): the Prep Builder’s culture group, or “Adjust the culture” in the guided flow.
# $written: yes when the ask is itself in writing, as they chose: the note does not send them a call.
culture-note-trust-relationship = { $written ->
        [yes] **Trust comes from time together, even in writing.** Keep to the writing they chose, but make each note personal: a line about them before the question, and a call only if they offer one.
       *[other] { $channel ->
            [write] **Trust comes from time together, even in writing.** They asked you to write: keep to it, but make each note personal, a line about them before the question, and talk when they offer it.
            [call] **Trust comes from time together.** Follow up by phone, as they asked.
           *[other] **Trust comes from time together.** Follow up in person or by phone, not only in writing.
        }
    }
# Said in three parts: this, how a no sounds (culture-country-no), and culture-note-disagreement-avoided-own.
# $hierarchy flat (Sweden, the UK): consensus, not rank, keeps disagreement out of the open, with anyone.
culture-note-disagreement-avoided = { $hierarchy ->
        [flat] **Disagreement is rarely said outright, to anyone, not only to someone senior.** An objection comes as a question, as faint praise, or later in a wider group: answer it calmly, once.
       *[other] **Disagreement is rarely said outright to someone senior.** An objection comes as a question, as concern for others’ time, or later through your manager: answer it calmly, once.
    }
culture-note-disagreement-avoided-own = Raise your own doubts as questions, in private.
culture-note-disagreement-open-indirect = **Debate is a sign of respect here.** Expect them to challenge the idea hard; answer with evidence, not by retreating. A sharp question is engagement, not a no.
# $wait: how long, in words (culture-weeks: "four weeks"), or "none" where the ask's premise says it. The reminder is in "After the meeting".
culture-note-time-flexible = **Time is flexible.** { $wait ->
        [none] A slow reply or a moved meeting is not a no.
       *[other] Allow { $wait } before you read anything into silence, and do not take a moved meeting as a no.
    }
culture-note-time-slow-answers = **Answers take time to form.** A senior leader here often consults others before answering, and that is not yet a refusal: { $wait ->
        [none] keep to the dates you agree.
       *[other] allow { $wait } before you read anything into silence, and keep to the dates you agree.
    }

# You and the leader share a language other than English (culture/languages.ts: your you.locale, or
# the salutation you address them with): the drafts here are in English, the real ones would not be.
# $language: its ISO 639-1 code; $languageName: its English name; $country: the leader's country (ISO code);
# $address: how you address them when the English letters write it otherwise ("Madame Vidal"), else none.
culture-shared-language = **In { $languageName }.** You two would write and talk in { $languageName }, so take the drafts here as what to say, not the words: { $language ->
        [fr] write with *vous* until they offer *tu*, and open a first letter with “Madame,” or “Monsieur,” alone.
        [de] write with *Sie* until they offer *du*, and open with “Sehr geehrte Frau …” or “Sehr geehrter Herr …”, with their title. The meeting request, the reply to a no and the thank-you note come in German when the extension’s language is German.
        [es] { $country ->
            [AR] *vos* is usual at work, even with a VP; write as they write to you, and open with “Hola” and their name.
            [ES] *tú* is usual at work in Spain, but start with *usted* with a senior leader you do not know, and follow their lead.
           *[other] write with *usted* until they move to *tú*, and open with “Estimado” or “Estimada” and their name.
        }
        [pt] *você* with their first name is usual at work; *o senhor* or *a senhora* only where they are formal with you.
        [it] write with *Lei* until they offer *tu*, and open with “Gentile” and their title or name.
        [ja] write in keigo (sonkeigo for what they do, kenjōgo for what you do), with their family name and -san, or their title.
        [ko] write in the formal polite style (-seumnida), with their title and -nim.
        [zh] address them as *nín*, with their family name and title.
        [pl] write with *Pan* or *Pani* until they offer first names.
        [cs] write with *vy* until they offer *ty*, and open a letter with “Vážená paní …” or “Vážený pane …” and their title or family name.
        [sk] write with *vy* until they offer *ty*, and open a letter with “Vážená pani …” or “Vážený pán …” and their title or family name.
        [th] use *Khun* with their first name, and end your sentences with *khrap* or *kha*.
        [ms] use their title, or *Encik* or *Puan*, with their name.
        [nl] use *u* in a first letter to someone senior, and *je* as soon as they do.
        [sv] use *du* and their first name, as everyone does up to the CEO; no titles.
        [tr] write with *siz*, and their first name with Bey or Hanım.
        [el] write in the plural (*eséis*) until they move to the singular, with “Kyrie” or “Kyria” and their name.
        [he] Hebrew has no formal “you”: first names and a plain register are usual at every level.
        [id] address them as *Bapak* or *Ibu* with their name, not *Anda*.
       *[other] use the register you would use with someone senior there.
    }{ $address ->
        [none] { "" }
       *[other] { " " }In { $languageName }, they are “{ $address }”.
    }

# The leader's country works in another language than the documents, and the profile does not show
# that you two share it: write in English or in theirs? With a greeting line in their language where
# one is welcome above a letter in English. $language: its ISO 639-1 code; $languageName: its English name;
# $second: a second language's English name where colleagues write in either (Belgium), else none.
culture-which-language = **English{ $second ->
        [none] { " " }or { $languageName }
       *[other] , { $languageName } or { $second }
    }?** Write in { $languageName }{ $second ->
        [none] { "" }
       *[other] { " " }or { $second }
    } if that is your working language.{ $language ->
        [th] { " " }A first line in Thai (“Sawasdee khrap” or “Sawasdee kha”) is welcome either way.
        [ms] { " " }A first line in Malay (“Salam sejahtera”) is welcome either way.
        [id] { " " }A first line in Indonesian (“Selamat pagi”) is welcome either way.
        [ar] { " " }A first line in Arabic (“As-salamu alaykum”) is welcome either way.
       *[other] { "" }
    }

## When to ask (issue 22, item 4): the observance, shutdown or budget season in the eight weeks
## ahead of the planned ask, from the leader's country's calendar (culture/timing.ts).

# An observance's name. $id: its id (culture/calendars.ts); $country: the leader's country (ISO code).
culture-observance = { $id ->
        [ramadan] Ramadan
        [eid-al-fitr] { $country ->
            [MY] Hari Raya Aidilfitri
           *[other] the Eid al-Fitr holiday
        }
        [eid-al-adha] { $country ->
            [MY] Hari Raya Haji
            [KZ] Kurban Ait
           *[other] the Eid al-Adha holiday
        }
        [lunar-new-year] { $country ->
            [CN] the Spring Festival season
            [KR] Seollal
            [VN] the Tết holiday
            [MY] Chinese New Year
           *[other] the Lunar New Year holiday
        }
        [chuseok] Chuseok
        [songkran] Songkran
        [avurudu] the Sinhala and Tamil New Year (Avurudu)
        [vesak] Vesak
        [easter] the Easter holidays
        [midsummer] { $country ->
            [LT] Joninės (Midsummer)
           *[other] Midsummer (Võidupüha and Jaanipäev)
        }
        [nauryz] Nauryz
        [pohela-boishakh] Pohela Boishakh (the Bengali New Year)
        [durga-puja] Durga Puja
        [dashain] Dashain
        [tihar] Tihar
        [nepali-new-year] the Nepali New Year (1 Baisakh)
        [diwali] { $country ->
            [SG] Deepavali
            [MY] Deepavali
           *[other] the Diwali days
        }
        [carnival] { $country ->
            [BE] Carnival week (the krokusvakantie)
           *[other] Carnival
        }
        [holy-week] { $country ->
            [PH] Holy Week
            [UY] Semana de Turismo (Holy Week)
           *[other] Holy Week (Semana Santa)
        }
        [orthodox-easter] { $country ->
            [ET] Fasika (Ethiopian Easter)
           *[other] Easter (Pascha), by the Orthodox calendar
        }
        [genna] Genna (Ethiopian Christmas)
        [timket] Timket (Epiphany)
        [enkutatash] Enkutatash (the Ethiopian New Year)
        [meskel] Meskel
        [autumn-holidays] the autumn holidays, Rosh Hashanah to Sukkot
        [passover] Passover (Pesach)
        [golden-week] Golden Week
        [thanksgiving] Thanksgiving week
        [obon] Obon
        [national-day] { $country ->
            [VN] the National Day holiday
           *[other] the National Day Golden Week
        }
        [reunification-day] the Reunification Day holiday
        [year-end-shutdown] { $country ->
            [JP] the shōgatsu New Year holidays
            [CO] the December holidays, until after Reyes
            [NO] juleferie, the Christmas break
            [DK] juleferie, the Christmas break
            [FI] joululoma, the Christmas break to Epiphany
            [GR] the Christmas break to Theofania
            [PH] the peak of the Christmas season, to Three Kings
            [ZA] the December–January summer holidays
            [TH] the New Year holidays
            [UA] the Christmas (25 December) and New Year break
            [KZ] the New Year holidays
            [LB] the Christmas and New Year break, to Armenian Christmas on 6 January
            [RS] the New Year and Orthodox Christmas (7 January)
           *[other] the Christmas and New Year break
        }
        [guadalupe-reyes] the Guadalupe–Reyes season
        [summer-holidays] { $country ->
            [ES] the August holidays
            [FR] the August holidays
            [GB] the August holidays
            [IT] the Ferragosto holidays
            [DE] the summer school holidays
            [NL] the summer school holidays
            [AT] the summer school holidays
            [CH] the summer school holidays
            [CL] the February holidays
            [AR] the summer holidays (January and February)
            [BR] the January summer holidays
            [SA] the summer leave season
            [AE] the summer leave season
            [NO] fellesferie, the July holidays
            [DK] the July summer holidays
            [FI] the July summer holidays (kesäloma)
            [PT] the August holidays
            [GR] the August holidays
            [BG] the August holidays
            [RO] the August holidays
            [BE] the July and August holidays
            [HU] the summer holidays, to 20 August
            [UY] the January summer holidays
            [HR] the summer holidays, around the Assumption (15 August)
            [LT] the July holidays
            [SI] the August holidays
            [IS] the July summer break
            [RS] the July and August holidays
           *[other] the summer holidays
        }
        [sale-618] the 618 sales run-up
        [sale-double-11] the Singles’ Day (11.11) run-up
        [sale-black-friday] the Black Friday run-up
        [back-to-school] the return to school and work
        [fiestas-patrias] the Fiestas Patrias week
        [budget-season] the budget and planning season
       *[other] a public holiday
    }
# What follows at once and is stepped over too. $names: culture-observance, joined with "and".
culture-timing-then = { " " }and { $names } after it
# $observance: culture-observance; $then: culture-timing-then or ""; $when: ahead (it starts after the
# last day to ask before it, $before), close (sooner), now (the ask falls inside it); $effect: away,
# slow, busy; $approximate: yes when the dates may move a day (moon sighting); $range: its dates with
# the year; $start, $end, $after (the first good working day after it): a day and a month.
culture-note-timing = **When to ask:** { $effect ->
        [busy] { $when ->
            [now] expect a slower answer, or ask from { $after }: { $observance } runs until { $end }, before the new fiscal year.
           *[other] before { $start }, or expect a slower answer: { $observance } runs { $range }, before the fiscal year starts on { $after }.
        }
       *[other] { $when ->
            [now] from { $after }, after { $observance } (until { $end }{ $approximate ->
                [yes] , ±1 day
               *[no] { "" }
            }){ $then }.
            [close] from { $after }, after { $observance } ({ $range }{ $approximate ->
                [yes] , ±1 day
               *[no] { "" }
            }){ $then }: it starts too soon to meet before it.
           *[ahead] before { $before } or from { $after }, not in { $observance } ({ $range }{ $approximate ->
                [yes] , ±1 day
               *[no] { "" }
            }){ $then }.
        }
    }

# Ramadan falls in the three months of the trial where the calendar keeps it (AE, SA, EG, ID: shorter
# working hours by the governments' annual circulars), even when the first ask does not (reader r12,
# Egypt). $range: Ramadan's dates with the year; $eid: the Eid al-Fitr break's, or "none"; $informal: yes
# when what they offered is informal (tea, a coffee in their office); $country: the leader's country,
# whose name and greeting for the break are said (Hari Raya Aidilfitri in Malaysia, Idul Fitri in Indonesia).
# $when: now when the planned ask falls in Ramadan (how to ask then; no "When to ask" line sends it past
# Ramadan), else ahead (the "When to ask" line says before or after it, so no slot in it is proposed).
culture-note-ramadan = **In Ramadan ({ $range }, ±1 day):** working hours are shorter and many fast until iftar, the meal at sunset. { $when ->
        [now] { $informal ->
            [yes] If it cannot wait until after: drop by in the late morning rather than for tea, keep it short, no lunch,
           *[no] If it cannot wait until after: ask for a late-morning slot, keep it short, no lunch,
        } and never in the hour before iftar.
       *[ahead] Plan the trial’s conversations around it, and none in the hour before iftar.
    }{ $eid ->
        [none] { "" }
       *[other] {" "}No asks in the { $country ->
            [MY] Hari Raya Aidilfitri break ({ $eid }); after it, open with “Selamat Hari Raya”.
            [ID] Idul Fitri break ({ $eid }); after it, open with “Mohon maaf lahir dan batin”.
           *[other] Eid al-Fitr break ({ $eid }); after it, open with “Eid Mubarak”.
        }
    }

## What a reader from the country would still change (reader r9): each selected by country, empty
## for the others (rules/customs.ts). Things to do, not claims about people.

# How to open and hold the meeting; for KR, NG and GH it takes the place of culture-note-trust-relationship
# (how to follow up is in it). $address: how they are greeted; $don: yes when that starts with
# Don or Doña; $rank: the hierarchy scale in effect (egalitarian, hierarchical); $english: how an
# English letter greets them (the Polish form by function made English, address.ts), or none.
culture-country-meeting = { $country ->
        [KR] **Meeting them.** { $channel ->
            [write] Write, as they asked, and follow up the same way
            [call] Call, as they asked, and follow up the same way
           *[other] Meet in person, not by email, and follow up the same way
        }; open with a short self-introduction (name, team, work) even if they know you; out loud, use their title with -nim (“Sangmu-nim”).
        [GH] **Before the business.** Greet them and ask after them and their family before any request, and address them as “Madam” or “Mr” with the surname, or by their title. Follow up { culture-in-person }.
        [NG] **Before the business.** Ask after them and their family first, and say “sir” or “ma”. Follow up { $channel ->
            [write] in writing, as they asked (on WhatsApp if they use it), not Slack
            [call] by phone, as they asked, not Slack
           *[other] in person, by phone or on WhatsApp if they use it, not Slack
        }.
        [PL] { $rank ->
            [hierarchical] **Address by function.** In Polish, address them by the function they hold, out loud and in a letter: “Pani Dyrektor” or “Panie Dyrektorze” for a director, “Panie Prezesie” for a chief executive, ahead of any academic title and never by surname alone. { $english ->
                [none] In English, use their title or Mr or Ms with the family name; keep the Polish form out of English sentences.
               *[other] In English, write “Dear { $english }”; keep the Polish form out of English sentences.
            }
           *[other] { "" }
        }
        [CL] **How to address them.** { $don ->
            [yes] “{ $address }” is how you would greet an older man in the countryside or a family elder; in a tech company it sounds old-fashioned, so set *how you address them* to the first name.
           *[no] { "" }
        }{ $rank ->
            [hierarchical] Use the first name with usted until they move to tú.
           *[other] Use the first name, and tú unless they use usted with you.
        }
       *[other] { "" }
    }
# A public body's own rules (a public-sector profile).
culture-country-public = { $country ->
        [NL] **Dutch government.** Titles are not used at any rank: first names, in writing and out loud. What you write to a civil servant may be made public on request under the Woo (the Open Government Act): keep it factual, and write nothing you would not want published.
       *[other] { "" }
    }
# The ask falls in the weeks around a new year or a feast kept across the country. $id: the observance
# (culture-observance); $when: now (before it or in it) or after (in the weeks after it, while the
# greeting is still said).
culture-season-greeting = { $id ->
        [lunar-new-year] { $country ->
            [KR] **Seollal.** Open with the New Year greeting, “Saehae bok mani badeuseyo” (may you receive many blessings in the new year){ $when ->
                [after] , and ask how the holiday with their family was
               *[now] { "" }
            }.
            [CN] **Spring Festival.** Open with a New Year greeting, “Xīnnián hǎo” (Happy New Year){ $when ->
                [after] , and ask how the holiday was: until the Lantern Festival it is still the New Year
               *[now] { "" }
            }.
            [VN] **Tết.** Open with “Chúc mừng năm mới” (Happy New Year){ $when ->
                [after] , and ask how Tết with their family was
               *[now] { "" }
            }.
           *[other] **Lunar New Year.** Open with a New Year greeting.
        }
        [ramadan] **Ramadan.** Open with “Ramadan Kareem”, and keep the meeting short and away from the evening meal.
        [eid-al-fitr] { $country ->
            [ID] **Idul Fitri.** Open with { $when ->
                [after] “Mohon maaf lahir dan batin”.
               *[now] “Selamat Idul Fitri, mohon maaf lahir dan batin”.
            }
            [TR] **Ramazan Bayramı.** Open with “Bayramınız kutlu olsun”{ $when ->
                [after] , and ask how the Bayram was
               *[now] { "" }
            }.
           *[other] **Eid al-Fitr.** { $when ->
                [after] “Eid Mubarak, I hope your Eid was blessed.”
               *[now] Open with “Eid Mubarak”.
            }
        }
        [autumn-holidays] { $when ->
            [after] **The autumn holidays.** Open with “Shana tova” (a good year), and ask how the holidays were.
           *[now] **Rosh Hashanah.** Open with “Shana tova” (a good year).
        }
        [diwali] **Diwali.** { $when ->
            [after] Open with “I hope you had a wonderful Diwali”.
           *[now] Open with “Happy Diwali”.
        }
        [nauryz] **Nauryz.** Open with “Nauryz kutty bolsyn” (Happy Nauryz){ $when ->
            [after] , and ask how the holiday was
           *[now] { "" }
        }.
        [enkutatash] **Enkutatash.** Open with “Melkam Addis Amet” (Happy New Year){ $when ->
            [after] , and ask how the holiday was
           *[now] { "" }
        }.
        [year-end-shutdown] { $country ->
            [JP] **The New Year.** Open with “Akemashite omedetō gozaimasu” (Happy New Year), said in the first week of January.
            [FR] **The New Year.** Open with your best wishes for the year (“Meilleurs vœux”): they are said all through January.
           *[other] **The New Year.** Open with “Happy New Year”, and ask how their break was.
        }
       *[other] { "" }
    }

## A country's own lines (issue 22): what a reader from there would add to the general advice.
## Written by us from public descriptions (Hofstede, the GLOBE study, Meyer's "The Culture Map")
## as things to do, not as claims about people. $country: the ISO code while the preset's scale is
## the one in effect, else "none", which gives the general line.

# How a no sounds where disagreement is avoided, and what to do with it (after culture-note-disagreement-avoided).
# $country: the leader's country (ISO code) while its preset's disagreement scale is in effect, else "none";
# $outside: yes when the leader works at another organization (someone introduced you).
culture-country-no = { $country ->
        [AE] A warm yes with no date, or the matter passed to someone else, is often the no.
        [BR] Enthusiasm with no next step often means not now; follow up once, { culture-by-phone }, friendly and brief.
        [CL] A friendly “let’s see” with no date is usually the no; ask warmly for one next step and a date.
        [CO] “Let me look at it” or “we’ll talk” with no date is often the no; ask warmly for one next step, { $channel ->
            [write] in writing, as they asked
           *[other] by phone or WhatsApp
        }.
        [CN] “We will study it” with no date is usually a no; do not ask for an outright refusal.
        [EG] A courteous yes with no date is often the no; follow up once, { $channel ->
            [write] in writing, as they asked
           *[other] by phone or in person
        }.
        [GB] Understatement carries the no: “that could be tricky” or “I’ll bear it in mind” usually means no.
        [IE] Politeness carries the no: “that might be hard enough” or “leave it with me” with no follow-up usually means no.
        [ID] Agreement with no action, or “not yet”, is usually the no; never press for a refusal in public.
        [IN] “I will try” with no date is usually a no; ask for one concrete next step, not agreement.
        [JP] “That would be difficult” is the no: thank them, and do not ask for a date.
        [KE] “Let us see” or a long delay is usually the no; follow up once, warmly, { culture-in-person }.
        [MA] A courteous yes with no date, or “on verra”, is often the no; follow up once, { culture-in-person }.
        [PH] A “yes” may mean “maybe”, and “I’ll see” with no date is usually the no; ask privately for one small next step.
        [PK] “I will see” with no date is often the no; ask privately for one small next step.
        [TW] “I will think about it” or “that may be inconvenient” is usually the no; do not ask them to say it outright.
        [PE] “Ya vemos” (we’ll see) with no date is often the no; ask for one next step and a date.
        [TH] A smile and a yes with no date may be the no; ask privately for one small next step, never in front of others.
        [CZ] “We’ll see” (“uvidíme”) or a polite silence is often the no; ask plainly what would need to change.
        [BE] “Interesting” or “we’ll see” (“we zien wel”, “on verra”) with no date is often the no; ask plainly what would need to change.
        [LK] “I’ll see” or “let me check” with no date is often the no; ask privately for one small next step.
        [JO] “Inshallah” with no date often means no; follow up once, { culture-in-person }.
        [UY] “Lo vemos” (we’ll see) or a friendly delay is often the no; ask warmly for one next step and a date.
        [RO] “Vedem” (we’ll see) with no date often means no; ask privately for a next step.
        [HR] “Vidjet ćemo” (we’ll see) with no date is often the no; ask privately, over coffee, for one next step.
        [KZ] “Посмотрим” (we’ll see) is often the no; ask privately for one next step.
        [BD] “I will see” with no date is often the no; ask privately for one next step.
        [ET] A polite “we’ll see” with no date is often the no; ask privately, over a coffee, for one next step.
        [LB] A warm “inshallah” or “we’ll see” with no date is often the no; follow up once, { culture-in-person }, as warmly as they wrote.
        [SI] A polite “we’ll see” with no date is often the no; ask privately for one next step.
        [NP] “Hernu parchha” (we’ll see) with no date is often the no; ask privately for a next step.
        [PT] “Vamos ver” (we will see) with no date is usually the no; ask kindly for one next step.
        [KR] Silence or “I will think about it” may be the no; do not ask them to confirm it.
        [MX] “I’ll let you know” with no date is usually a no; ask warmly for a next step.
        [MY] “I will try” with no date is usually the no; ask in private for one small next step.
        [GH] “Let me see” or a long delay is often the no; check back once, politely, { culture-in-person }.
        [NG] A delay, “let me see” or a hand-off may be the no; check back once.
        [SA] A yes with no date is often the no; { $outside ->
            [yes] ask the person who introduced you how it landed.
           *[other] ask your manager how it landed.
        }
        [SE] “Mm, interesting” (“intressant”) is often the no; ask what would need to be true for a yes.
        [SG] “We can try” with no date may be the no; ask for a next step and a date.
        [VN] “I will consider it” or a smile with no next step is usually the no; { $outside ->
            [yes] ask the person who introduced you, not them.
           *[other] ask your manager how to read it, not them.
        }
        [TR] “We will see” or a friendly delay is often the no; follow up once { $channel ->
            [write] in writing, as they asked
            [call] by phone, as they asked
           *[other] in person, not by email
        }.
       *[other] A no sounds like “that may be difficult”, a change of subject or a yes with no date.
    }
# How hierarchy shows in writing, who is copied and what an introduction does: said in "Communication
# and hierarchy" in place of the general line on a formal register (nuance-register) or a flat organization
# (prep-culture-flat, which a public body keeps). No form of address: the address line before it says that,
# and a form the user set (nuance-address-as) must not be contradicted. $outside: yes when the leader works
# at another organization (only then does someone introduce you); $he: she, he or none, from the honorific
# the user greets them with or the profile, so an example fits the leader or stays neutral.
culture-country-writing = { $country ->
        [AE] { $outside ->
            [yes] Ask someone they know well to introduce you; open
           *[other] Open
        } every message with a greeting before the request.
        [AR] { $channel ->
            [write] Write, as they asked, short and personal rather than polished;
           *[other] A coffee or a call does more than a polished document;
        } in January and February, the summer break, expect slow replies.
        [AT] Send a short, well-prepared agenda and keep to it; a polite “we will see” is a real doubt, so ask what would need to change.
        [AU] Keep it informal and plain at every level; be modest about yourself, since overselling works against you.
        [BR] { $channel ->
            [write] Write, as they asked, and open every message
           *[other] Call them before the email, and open every message
        } with a personal line, not the request.
        [CA] Be direct but courteous; where they work in French, a French greeting is a welcome courtesy.
        [CH] Be punctual and precise: a short agenda with the facts, sent ahead, and who else you have talked to, since decisions are made together.
        [CL] { $channel ->
            [write] Write, as they asked, and keep it warm; the call or the coffee is theirs to offer.
           *[other] Talk before you write: a call or a coffee first, then a short note that confirms it.
        }
        [CO] { $channel ->
            [write] Write, as they asked.
           *[other] Call or send a WhatsApp message before the email.
        } In Spanish, “doctor” or “doctora” with the family name is the courtesy to a senior leader, degree or not, until they offer their first name.
        [CN] Copy no one above them; an introduction from someone they trust helps most, so name that person first.
        [DE] Send a short agenda with the facts in advance and keep to it: preparation earns more than warmth.
        [DK] Be brief and informal, with first names at every level; say plainly what you think, and avoid July.
        [EG] { $outside ->
            [yes] Ask someone they know to introduce you, and name that person in your first line.
           *[other] Make sure your manager knows first; a short visit or a call before the written request goes further than the note alone.
        }
        [ES] { $channel ->
            [write] Write, as they asked, warmly and personally, and leave August alone
           *[other] Speak to them before you write, and leave August alone
        }: much of the country is on holiday.
        [FI] Keep it short and factual; in the meeting, a silence is them thinking, not a no, so do not fill it. Avoid July.
        [FR] Write formally, and give the reasoning before the conclusion: a well-argued case earns a hearing. Avoid August.
        [GB] Keep the note short and polite, with a softener (“I wondered whether…”); a modest ask beats an enthusiastic one.
        [GR] { $channel ->
            [write] Write, as they asked, with a personal line before any business, since the relationship comes first;
           *[other] Meet over a coffee before any business, since the relationship comes first;
        } wish them “Chronia polla” on their name day, and avoid August and Easter week.
        [ID] { $outside ->
            [yes] Let someone you both respect introduce you, and never
           *[other] Tell your manager before you approach them, and never
        } put them on the spot in a group thread.
        [IE] Keep it friendly and plain, with a line of small talk before the ask; understatement lands better than enthusiasm.
        [IL] Be brief and plain: first names at every level, the ask in the first line, no flattery. Directness (dugri) is respect, so blunt criticism is not a no; push back with facts. The week runs Sunday to Thursday, and WhatsApp is normal once you have met.
        [IN] Say plainly that your manager knows you are asking; a word from someone they know opens the door faster.
        [IT] { $channel ->
            [write] Write, as they asked; an introduction from someone they know still carries weight.
           *[other] An introduction or a word in person before the written request carries weight.
        } Avoid asking in August.
        [JP] { $channel ->
            [write] Write, as they asked, modestly and specifically, with the groundwork (who you are, why them) in the first lines.
           *[other] Lay the groundwork first: mention the idea in person, so the written request confirms what was already discussed.
        }
        [KE] Greet them and ask after them before any request; a note that opens with the ask reads as abrupt.
        [KR] Your manager should know before you approach someone more senior; copy none of their seniors or peers.
        [MA] Letters are in French unless they write in English, with “Monsieur” or “Madame” and the family name; out loud, many say “Si” or “Lalla” before the given name.
        [MX] { $channel ->
            [write] Write, as they asked;
           *[other] Call or speak to them before the written request;
        } keep the tone formal but warm.
        [MY] Never drop a conferred title (Tan Sri, Datuk, Dato’); without one, “Encik” or “Puan” with a Malay given name, Mr or Ms with a Chinese family name.
        [GH] Write formally, with their title or “Madam”/“Mr” and the surname; an introduction from someone they respect helps.
        [NG] Keep the register formal in writing, and go through someone who knows them.
        [NL] Be brief and direct: the ask and the reason first. A plain no is about the idea; ask why.
        [NO] Keep it short, plain and informal: first names at every level, no titles. Praise the work in specific terms, not superlatives, and avoid July.
        [NZ] Keep the tone plain and modest (“Kia ora” is a common greeting in work email); overstatement works against you.
        [PH] Use “Sir” or “Ma’am” with the given name ({ $he ->
            [she] “Ma’am Tina”
            [he] “Sir Mark”
           *[other] “Ma’am Tina”, “Sir Mark”
        }) in writing and out loud; follow up on Viber, Messenger or WhatsApp. The Christmas season starts in September; December is parties and the year-end close.
        [PK] Say “Sir” or “Ma’am” out loud; an introduction from someone they respect opens the door, and after a meeting a short WhatsApp message is a normal follow-up.
        [TW] An introduction from someone they trust helps most; copy no one above them, and once you have met, LINE rather than email is where colleagues follow up.
        [PE] { $channel ->
            [write] Write, as they asked;
           *[other] Call or send a WhatsApp message before the email;
        } a lunch they offer is where the relationship is built: it runs long, business comes up when they raise it, and whoever invited pays.
        [TH] “Khun” with the given name is the courtesy for everyone, in writing and out loud; never criticise or correct them in front of others, and let a quiet pause be.
        [CZ] Academic titles (Ing., Mgr., Dr.) stay in the address and the signature until they drop them; send a factual, well-prepared request, and expect reserve at first rather than warmth.
        [EE] Keep it short, plain and factual, with first names at every level; a silence in the meeting is thinking, not a no. Avoid Midsummer week and July.
        [BE] Keep it short, factual and sober, without superlatives. First names are usual in Flanders, even with a CIO; French-speaking offices keep “Monsieur” or “Madame” with the family name until they offer the first name.
        [UA] First names in IT, first name and patronymic (“Андрію Петровичу”) when formal; Telegram or Viber, not WhatsApp, for chat.
        [LK] Say “Sir” or “Madam” out loud, as juniors do, and write Mr or Ms with the family name; an introduction from someone they respect helps.
        [BG] A direct, well-prepared request is respected; use “г-н” or “г-жо” (Mr, Ms) with the family name, or their title, until they offer the first name, which in IT comes quickly. Viber is the usual chat; avoid August.
        [HU] In Hungarian the family name comes first (Tóth Erzsébet), with “dr.” before it; in English, write “Dr. Tóth”. Stay formal until they relax it, and avoid late July and August.
        [JO] A title with the given name (“Dr. Omar”, “Eng. Rania”); WhatsApp for follow-ups; the week runs Sunday to Thursday.
        [UY] { $channel ->
            [write] Write, as they asked, with first names and a personal line;
           *[other] A WhatsApp message or a coffee does more than a polished email;
        } January is summer, when much of the country is at the coast.
        [RO] “Doamna” or “Domnule” with the family name or function (“Domnule director”), until they offer first names.
        [HR] Out loud, “gospodine” or “gospođo” with the family name until they offer the first name; a coffee (“na kavu”) beats a long email.
        [KZ] The first name with the patronymic (“Daniyar Bolatovich”) is formal: “Dear”, never “Hi”. First names in IT; WhatsApp or Telegram for chat.
        [LT] Keep it short, plain and factual; first names in tech, “Pone” or “Ponia” with the family name when formal. Avoid Joninės week and July.
        [RS] First names are normal in tech, even with a CTO, and a senior leader’s no is usually meant; the public sector keeps “gospodine” or “gospođo” with the family name. { $channel ->
            [write] Keep to the writing they asked for,
           *[other] Coffee (“na kafu”) builds trust, Viber is the usual chat,
        } and if they mention their Slava, the family’s saint’s day, keep it free.
        [NP] “Ji” after the given name is the respectful form; “dai” or “didi” is warmer. { $channel ->
            [write] Keep to the writing they asked for;
           *[other] Viber is the usual chat;
        } the weekend is Saturday.
        [BD] “Sir” or “Madam” from a junior; “Bhai” or “Apa” with the given name among colleagues. { $channel ->
            [write] Keep to the writing they asked for;
           *[other] WhatsApp or IMO for chat;
        } the weekend is Friday and Saturday.
        [SI] “Gospod” or “Gospa” with the family name, and their title (dr., mag.), until they offer the first name; keep that form longer with the public sector. Avoid August.
        [IS] The given name for everyone, the president included: Icelandic names are patronymics, not family names. Keep it short and plain, and avoid July.
        [ET] “Ato” (Mr) or “Weyzero” (Mrs), or a title, with the given name: the second name is the father’s. { $channel ->
            [write] Keep to the writing they asked for.
           *[other] A coffee (buna) before business; Telegram for chat.
        }
        [LB] A title or Mr or Ms with the given name (“Mr. Georges”) until they use first names; answer warmth with warmth. { $channel ->
            [write] Keep to the writing they asked for.
           *[other] WhatsApp for chat.
        }
        [PL] A factual, well-prepared request in a formal tone is respect, not distance; let them relax it.
        [PT] Use their title with the name (“Engenheiro Silva”, “Doutora Costa”), as colleagues do with graduates; { $channel ->
            [write] write, as they asked,
           *[other] speak to them before you write,
        } and avoid August.
        [SA] { $outside ->
            [yes] An introduction from someone they trust matters more than the note;
           *[other] Make sure your manager knows before you ask, and
        } confirm meetings the day before.
        [SE] Say who else you have talked to, since decisions are shared; keep it modest, and avoid July.
        [SG] Keep writing brief, businesslike and formal until they relax it, and never go around the reporting line.
        [TR] If they are two levels up, let your manager open the door; expect a first meeting about getting acquainted.
        [US] Put the ask and its value to them first, with a time limit; one follow-up is not pushy.
        [VN] { $outside ->
            [yes] Let someone they trust introduce you.
           *[other] You need no introduction inside your company, but make sure your manager knows first.
        } { $he ->
            [she] Greet her by her given name with “chị”, or “bà” if she is much older, and call yourself “em” if you are younger.
            [he] Greet him by his given name with “anh”, or “ông” if he is much older, and call yourself “em” if you are younger.
           *[other] Greet them by their given name with the honorific that fits their age and gender (“anh” or “chị”, “ông” or “bà”), and call yourself “em” if you are younger.
        } { $channel ->
            [write] Then write, as they asked.
           *[other] Keep the note before the meeting to a few lines.
        }
        [ZA] { $channel ->
            [write] Write, as they asked;
           *[other] Call or meet before the written request;
        } plain wording helps, as many colleagues work in a second language.
       *[other] Keep a more formal register in writing until they suggest otherwise.
    }

# The pause and the closing where trust is relationship-based: no hurry, and the relationship outlasts the answer.
culture-think-relationship = { $tone ->
        [formal] Of course, there is no hurry. We could continue over coffee whenever it suits you.
        [warm] Of course, no hurry at all. I’d be happy to pick it up again whenever suits you, over a coffee if you like.
       *[concise] Of course, no hurry. Happy to pick it up over coffee whenever suits you.
    }
# $agreed: yes after a yes with limits (nothing is left to decide); one when they ruled out a rhythm
# ("nothing regular"): no next one to look forward to; once when the ask was this one conversation
# (nothing is left to decide, and no next one is assumed).
culture-closing-relationship = { $agreed ->
        [one] { $tone ->
            [formal] I have really valued this conversation.
            [warm] I’ve really enjoyed this.
           *[concise] Good to talk.
        }
        [once] { $tone ->
            [formal] I have valued this conversation, and I would like to stay in touch.
            [warm] I’ve really enjoyed this, and { warm-love-to } stay in touch.
           *[concise] I’d like to stay in touch.
        }
        [yes] { $tone ->
            [formal] I have valued this conversation, and I look forward to the next one.
            [warm] I’ve really enjoyed this, and I’m looking forward to the next one.
           *[concise] Looking forward to the next one.
        }
       *[other] { $tone ->
            [formal] Whatever you decide, I have valued this conversation, and I would like to stay in touch.
            [warm] Whatever you decide, I’ve really enjoyed this, and { warm-love-to } stay in touch.
           *[concise] Either way, I’d like to stay in touch.
        }
    }

## The prep doc's "Your relationship and the culture" (templates/partials/nuance.hbs; rules/nuance.ts).
## Each relationship's note is a bold title, a lead sentence and its points. $name: the leader's name.

nuance-executive-title = Executive.
nuance-executive-lead = The ask is the same; the logistics are different.
# Who keeps the logistics once they agree. $keeper: assistant (they have one), startup (there is
# usually none), live (you meet: they may keep their own calendar), thread (you only write).
nuance-executive-logistics = { $keeper ->
        [assistant] Treat their { shared-executive-assistant } as an ally once { $name } agrees: be flexible, brief and grateful.
        [startup] Once { $name } agrees in principle, send the invites yourself: at a startup there is usually no assistant, so owning the logistics is what keeps them off their desk.
        [live] Once { $name } agrees in principle, send the invites yourself: they may well keep their own calendar, so owning the logistics is what keeps it off their desk.
       *[thread] Once { $name } agrees in principle, keep the thread yourself: one message per decision, so nothing lands on their desk to organize.
    }
# $reminder: how long before one short reminder ("a week").
nuance-executive-replies = { $format ->
        [async] Expect slow replies and do not take them personally; { $followUp ->
            [in-person] after { $reminder }, ask once in person rather than send a reminder.
            [write] after { $reminder }, one two-line reminder in writing is enough, the way they asked to be reached.
            [call] after { $reminder }, call once, as they asked.
            [none] they asked not to be chased, so send no reminder at all.
           *[other] one short reminder after { $reminder } is enough.
        }
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
# The form of address ahead of the country's own line (culture-country-writing). $address: as nuance-register;
# $said: the form said out loud where it differs ("Si Karim" beside "Mr Tazi"), else none.
nuance-address-as = Address them as { $address }{ $said ->
        [none] {""}
       *[other] {" "}in writing and as { $said } out loud
    }.
# On familiar terms: you call them by first name, and they are a former boss or write to you in the familiar form. $address: as nuance-register.
nuance-register-familiar = Address them as { $address }, as you already do, and write as you two talk: a more formal register than theirs would read as distance.
nuance-register = { $form ->
        [note] Keep
        [address] Address them as { $address } and keep
       *[title] Use their title and keep
    } a more formal register in writing until they suggest otherwise.

## The public sector (issue 22, item 6): what a leader in a public body may not discuss. No
## Westminster words ("private office", "parliamentary") outside the governments that have them.

# A public body and a challenge about procurement (a tender, suppliers, a contract award): what
# they may not share, under the rules that bind them. $country: the leader's country (ISO code), or "none".
culture-public-procurement-title = What to check on the tender.
# $rules: culture-public-procurement-rules as said ("Under the Procurement Act 2023").
# Not a rule this doc can know: what to check, by where they work. $inside: yes when they work in your own
# organisation (both inside the contracting authority), no when at another.
culture-public-procurement = { $rules }, what you may share about a tender being prepared or open is your procurement adviser’s call. { $inside ->
        [yes] Inside the contracting authority: keep bidders and vendors out; your notes may be made public.
       *[other] Until they confirm, share nothing of a live tender with someone outside; ask how they approach tenders in general.
    }
culture-public-procurement-rules = { $country ->
        [GB] Under the Procurement Act 2023
        [DE] Under the EU procurement directives, as German law applies them
        [ES] Under the EU procurement directives, as Spanish law applies them
        [FR] Under the EU procurement directives, as French law applies them
        [IT] Under the EU procurement directives, as Italian law applies them
        [NL] Under the EU procurement directives, as Dutch law applies them
        [PL] Under the EU procurement directives, as Polish law applies them
        [SE] Under the EU procurement directives, as Swedish law applies them
        [US] Under the Federal Acquisition Regulation, or your state’s own procurement rules
        [AU] Under the Commonwealth Procurement Rules, or your state’s own
        [NZ] Under the Government Procurement Rules
        [KE] Under the Public Procurement and Asset Disposal Act, 2015
        [NG] Under the Public Procurement Act, 2007
        [IN] Under the General Financial Rules, 2017, or your state’s own procurement rules
        [BR] Under the public procurement law (Law 14.133/2021)
        [AT] Under the EU procurement directives, as Austrian law (the Federal Procurement Act 2018) applies them
        [CH] Under the Federal Act on Public Procurement, or your canton’s own rules
        [CL] Under the public procurement law (Law 19.886, ChileCompra)
        [ZA] Under the PFMA and the Preferential Procurement Policy Framework Act
        [CN] Under the Government Procurement Law
       *[other] Under the public procurement rules that bind them
    }
