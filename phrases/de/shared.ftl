### Was mehrere Nachrichten an die Führungskraft gemeinsam haben: Anrede, Gruß, Betreff.
### Die Anrede ist $anrede: „Sie“ (Vorgabe) oder „du“ (leader.anrede, sonst „du“, wenn Ihre eigenen Worte über die
### Person „du“ sagen; german.ts anredeOf). Eine Nachricht an die Person hat dann eine Variante [du], ohne
### „Sehr geehrte“, mit „Viele“/„Liebe Grüße“. $tone (formal, warm, concise) ändert den Ton, nicht die Anrede.
### Fehlt hier eine ID, gilt die englische Fassung (phrases/en/shared.ftl).

# $name: wie Sie die Person ansprechen (addressAs), schon Markdown-sicher.
# Fakten wie $tone: $gender „frau“ oder „herr“, wenn das Profil es sagt (Anrede, Name, eine Rolle wie
# „Institutsleiterin“, „she“/„he“ in den Antworten; german.ts leaderGender), sonst „none“: dann wird kein
# Geschlecht geraten, sondern der volle Name gegrüßt ($fullName: „Guten Tag, Dr. Martin Hofbauer,“;
# „none“, wenn Sie die Person mit einem einzelnen Wort ansprechen, einem Vornamen).
# $salutation: „frau“ oder „herr“, wenn $name selbst damit beginnt (sonst steht „Frau“/„Herr“ davor).
# „Liebe/r“ nur, wo die Beziehung eng ist (eine frühere Führungskraft); sonst „Sehr geehrte/r“ (förmlich)
# oder „Guten Tag, Frau …,“. Ein Vorname allein ($name ohne Leerzeichen, ohne Herr/Frau) bleibt, wie Sie
# die Person ansprechen: „Hallo Dana,“, förmlich „Guten Tag, Dana,“, nie „Liebe Dana,“ zu einem „Sie“.
# Das erste Wort nach der Anrede schreibt german.ts klein.
# Die förmliche Anrede, in jedem Ton an eine Behörde (organization public-sector, mit „Sie“): „Sehr geehrte Frau Huber,“.
greeting-formal-frau = Sehr geehrte { $salutation ->
        [frau] { $name }
       *[other] Frau { $name }
    },
greeting-formal-herr = Sehr geehrter { $salutation ->
        [herr] { $name }
       *[other] Herr { $name }
    },
greeting-named = { $anrede ->
        [du] { $tone ->
            [warm] { $gender ->
                [frau] Liebe { $name },
                [herr] Lieber { $name },
               *[other] Hallo { $name },
            }
           *[other] Hallo { $name },
        }
       *[other] { $gender ->
            [frau] { $tone ->
                [formal] { greeting-formal-frau }
                [warm] { $relationship ->
                    [former-manager] Liebe { $salutation ->
                        [frau] { $name }
                       *[other] Frau { $name }
                    },
                   *[other] { $organization ->
                        [public-sector] { greeting-formal-frau }
                       *[other] Guten Tag, { $salutation ->
                            [frau] { $name }
                           *[other] Frau { $name }
                        },
                    }
                }
               *[concise] { $organization ->
                    [public-sector] { greeting-formal-frau }
                   *[other] Guten Tag, { $salutation ->
                        [frau] { $name }
                       *[other] Frau { $name }
                    },
                }
            }
            [herr] { $tone ->
                [formal] { greeting-formal-herr }
                [warm] { $relationship ->
                    [former-manager] Lieber { $salutation ->
                        [herr] { $name }
                       *[other] Herr { $name }
                    },
                   *[other] { $organization ->
                        [public-sector] { greeting-formal-herr }
                       *[other] Guten Tag, { $salutation ->
                            [herr] { $name }
                           *[other] Herr { $name }
                        },
                    }
                }
               *[concise] { $organization ->
                    [public-sector] { greeting-formal-herr }
                   *[other] Guten Tag, { $salutation ->
                        [herr] { $name }
                       *[other] Herr { $name }
                    },
                }
            }
           *[other] { $fullName ->
                [none] { $tone ->
                    [formal] Guten Tag, { $name },
                   *[other] { $hierarchy ->
                        [hierarchical] Guten Tag, { $name },
                       *[other] Hallo { $name },
                    }
                }
               *[other] Guten Tag, { $fullName },
            }
        }
    }


# Knapp an eine Vorgesetzte (skip-level, executive) oder in einer Hierarchie: „Freundliche Grüße“; „Viele Grüße“ nur unter Gleichen.
signoff = { $anrede ->
        [du] { $tone ->
            [warm] Liebe Grüße
           *[other] Viele Grüße
        }
       *[other] { $organization ->
            [public-sector] Mit freundlichen Grüßen
           *[other] { signoff-sie }
        }
    }
# „Sie“ außerhalb einer Behörde, nach dem Ton.
signoff-sie = { $tone ->
            [formal] Mit freundlichen Grüßen
            [warm] Herzliche Grüße
           *[other] { $hierarchy ->
                [hierarchical] Freundliche Grüße
               *[other] { $relationship ->
                    [skip-level] Freundliche Grüße
                    [executive] Freundliche Grüße
                   *[other] Viele Grüße
                }
            }
    }

# $referral: die Person oder der Weg, an die Sie verwiesen wurden, in den Worten der Führungskraft.
# $referralTheirs: dieselben Worte, ihr „mein …“ als „Ihr …“ ($referralDu: „dein …“, zu einem „du“). $mit (german.ts theirReferral) ist „no“
# für einen Weg ($channel „yes“, „mein Sekretariat“) und für Worte, die mit Artikel, Possessiv oder
# Präposition beginnen: Dann stehen sie nach einem Doppelpunkt, von keinem Wort des Satzes regiert.
# $met: him/her/them, wenn Sie die Person schon getroffen haben (dann „bleibe … in Kontakt“); sonst no: Sie
# melden sich erst bei ihr („Ihrem Rat folgend melde ich mich bei Frau Dr. Hofbauer“).
stay-in-touch = { $anrede ->
        [du] { $mit ->
            [no] { $channel ->
                [yes] Wie von dir vorgeschlagen, halte ich Kontakt über den Weg, den du genannt hast: { $referralDu }.
               *[no] Danke für deinen Tipp. Wie von dir vorgeschlagen, melde ich mich bei der Person, die du genannt hast: { $referralDu }.
            }
           *[yes] { $met ->
                [no] Wie von dir vorgeschlagen, melde ich mich bei { DATIVE($referral) } – danke für den Tipp.
               *[other] Wie von dir vorgeschlagen, bleibe ich mit { DATIVE($referral) } in Kontakt – danke für den Tipp.
            }
        }
       *[other] { $mit ->
            [no] { $channel ->
                [yes] { $tone ->
                    [concise] Kontakt halte ich über den Weg, den Sie genannt haben: { $referralTheirs }.
                   *[other] Wie von Ihnen vorgeschlagen, halte ich Kontakt über den Weg, den Sie genannt haben: { $referralTheirs }.
                }
               *[no] { $tone ->
                    [concise] Danke für den Hinweis. Ich melde mich bei der Person, die Sie genannt haben: { $referralTheirs }.
                   *[other] Danke für Ihren Hinweis. Ihrem Rat folgend melde ich mich bei der Person, die Sie genannt haben: { $referralTheirs }.
                }
            }
           *[yes] { $met ->
                [no] { $tone ->
                    [concise] Danke für den Hinweis; ich melde mich bei { DATIVE($referral) }.
                    [formal] Ihrem Rat folgend melde ich mich bei { DATIVE($referral) }, und ich danke Ihnen für den Hinweis.
                   *[other] Ihrem Rat folgend melde ich mich bei { DATIVE($referral) } – herzlichen Dank für den Hinweis.
                }
               *[other] { $tone ->
                    [concise] Mit { DATIVE($referral) } bleibe ich in Kontakt; danke für den Hinweis.
                    [formal] Wie von Ihnen vorgeschlagen, bleibe ich mit { DATIVE($referral) } in Kontakt, und ich danke Ihnen für den Hinweis.
                   *[other] Wie von Ihnen vorgeschlagen, bleibe ich mit { DATIVE($referral) } in Kontakt – herzlichen Dank für den Hinweis.
                }
            }
        }
    }

# Vor der Betreffzeile jeder Nachricht.
subject-label = Betreff:

# Nur Deutsch: der vereinbarte Rhythmus in Worten, aus den Fakten $format und $cadence und der
# Länge $minutes (die englische Fassung bekommt ihn fertig als $rhythm aus rhythm.ts).
# Wer wann antwortet, nach einem „;“ (keine Kette von Kommas): „Sie antworten, wann es Ihnen passt“.
shared-when-it-suits = { $anrede ->
        [du] du antwortest, wann es dir passt
       *[other] Sie antworten, wann es Ihnen passt
    }
shared-rhythm = { $format ->
        [async] { $cadence ->
            [weekly] jede Woche eine kurze schriftliche Notiz von mir; { shared-when-it-suits }
            [biweekly] alle zwei Wochen eine kurze schriftliche Notiz von mir; { shared-when-it-suits }
            [monthly] einmal im Monat eine kurze schriftliche Notiz von mir; { shared-when-it-suits }
           *[as-needed] eine kurze schriftliche Frage, nur wenn eine Entscheidung ansteht; { shared-when-it-suits }
        }
        [meetings] { $cadence ->
            [weekly] jede Woche ein Gespräch von { $minutes } Minuten
            [biweekly] alle zwei Wochen ein Gespräch von { $minutes } Minuten
            [monthly] einmal im Monat ein Gespräch von { $minutes } Minuten
           *[as-needed] ein Gespräch von { $minutes } Minuten, nur wenn eine Entscheidung ansteht
        }
       *[mixed] { $cadence ->
            [weekly] jede Woche ein Gespräch von { $minutes } Minuten, dazwischen kurze schriftliche Fragen
            [biweekly] alle zwei Wochen ein Gespräch von { $minutes } Minuten, dazwischen kurze schriftliche Fragen
            [monthly] einmal im Monat ein Gespräch von { $minutes } Minuten, dazwischen kurze schriftliche Fragen
           *[as-needed] eine kurze schriftliche Frage, wenn eine Entscheidung ansteht; ein Gespräch von { $minutes } Minuten nur dann, wenn das Schriftliche nicht reicht
        }
    }

# Eine Zeile, die sagt, dass Ihre Führungskraft Bescheid weiß, steht nie in dem, was Sie sagen oder
# schicken, solange das Profil es nicht sagt: eine Notiz außerhalb gibt sie zum Ergänzen. $claim: die Zeile.
claim-manager-add-lead = Falls Ihre Führungskraft schon Bescheid weiß, ergänzen Sie:
claim-manager-add = { claim-manager-add-lead } „{ $claim }“

## Der Monat, in dem Sie sich wieder melden. $month: der Monat auf Deutsch, „none“, wenn er nicht bekannt ist.
## Ohne Monat liest es dieselbe Tatsache wie das Englische ($comeBackOn): Hängt das Wiederkommen an einer
## Bedingung, steht dort das Ereignis, auf das es wartet, nie ein Monat zum Ausfüllen, den niemand genannt hat.

shared-month = { $month ->
        [none] { $comeBackOn ->
            [condition] bald
           *[other] *(Monat)*
        }
       *[other] { $month }
    }
shared-month-in = { $month ->
        [none] { $comeBackOn ->
            [condition] nach *(dem Ereignis, das genannt wurde)*
           *[other] im *(Monat)*
        }
       *[other] im { $month }
    }

## Worte, die die Regeln einsetzen (früher englisch im Code)

# Das Vorhaben allgemein benannt, wenn eine aus der Herausforderung gekürzte Bezeichnung die Person selbst nennen würde.
challenge-short-general = das Vorhaben
# Das Mentoring-Programm, auf das die Person verwiesen hat ($spelling: scheme, programme, program).
shared-mentoring-program = Mentoring-Programm
# Wie lange bis zu einer kurzen Erinnerung; $weeks: eine Zahl von Wochen (1 bis 6).
culture-weeks = { $weeks ->
        [1] eine Woche
        [2] zwei Wochen
        [3] drei Wochen
        [4] vier Wochen
        [5] fünf Wochen
        [6] sechs Wochen
       *[other] { $weeks } Wochen
    }
# Die Herausforderung als Nebensatz getippt („unsere Teams bauen jeweils eigene Schnittstellen“): nach
# einer Präposition (challengeTopic) und nach „ist“ (challengeIs).
challenge-topic-clause = das Problem, dass { $challenge }
challenge-is-clause = dass { $challenge }
# Wonach Sie fragen, wenn das Profil nicht sagt, wo ihre Erfahrung ansetzt (gesprochen: nie ein Platzhalter).
bridge-missing = wo wir am besten ansetzen
# Was zuerst kommen musste ($busy: Ihre Worte aus dem Profil), nach einem „nicht jetzt“.
ack-busy-with = { $tone ->
        [formal] Ich verstehe gut, dass { $busy } Vorrang hatte.
        [warm] Ich weiß ja, dass { $busy } vorgehen musste.
       *[concise] Verständlich, dass { $busy } vorging.
    }
# Das Thema im Betreff und in Klammern, wenn die Herausforderung zu lang oder ein Nebensatz ist.
subject-topic-default = eine Architekturentscheidung

# Über der Antwort auf ein „nicht jetzt“, wenn die Person schon einen Monat genannt hat ($named) und Sie
# dann wiederkommen: Die Antwort gilt einem zweiten „nicht jetzt“; der Monat darin ($month) ist drei Monate später.
# $named: der genannte Monat, oder none, wenn er vorbei ist und Sie sich jetzt melden.
not-now-again-note = Für ein zweites „nicht jetzt“: Wenn es { $named ->
        [none] jetzt
       *[other] auch im { $named }
    } noch nicht passt, sagt diese Antwort, dass Sie sich im { $month } wieder melden, drei Monate später.
# Oben in jedem Dokument mit einem Zeitpunkt (context.ts timingNote). $month: der Monat im Profil, mit Jahr;
# $when: die Bedingung in ihren Worten, oder none.
timing-month-passed = **Der Monat im Profil, { $month }, ist vorbei:** Diese Dokumente gehen davon aus, dass Sie sich jetzt melden, und nennen keinen früheren Monat.{ $when ->
        [none] {""}
       *[other] {" "}Sie haben es an eine Bedingung geknüpft („{ $when }“): Prüfen Sie vor dem Schreiben, ob sie erfüllt ist, denn nichts hier behauptet das.
    } Ändern Sie den Monat im Profil: auf diesen Monat, sobald es Zeit ist zu schreiben, oder auf den Monat, den Sie jetzt erwarten.

## Ihre eigenen Worte für das Thema, nie als nacktes Substantiv nach einem Doppelpunkt: TOPIC (germanTopic.ts)
## sagt, wie der Satz sie trägt („Es geht um die Ablösung …“, „Das Thema ist der Umbau …“, „Es geht darum, wie …“).

shared-about-challenge = { TOPIC($challenge) ->
        [darum] Es geht darum, { $challenge }.
        [ist] Das Thema ist { $challenge }.
        [quote] Es geht um „{ $challenge }“.
       *[um] Es geht um { $challenge }.
    }
shared-about-challenge-topic = { TOPIC($challengeTopic) ->
        [darum] Es geht darum, { $challengeTopic }.
        [ist] Das Thema ist { $challengeTopic }.
        [quote] Es geht um „{ $challengeTopic }“.
       *[um] Es geht um { $challengeTopic }.
    }
# Die kurze Bezeichnung (wie im Betreff) als eigener Satz.
shared-about-topic-sentence = { TOPIC($topic) ->
        [darum] Es geht darum, { $topic }.
        [ist] Das Thema ist { $topic }.
        [quote] Es geht um „{ $topic }“.
       *[um] Es geht um { $topic }.
    }
## Was Sie an der Arbeit der Person schätzen, in der Bitte (ADMIRED, germanTopic.ts): ihre Entscheidung
## ($decision, ein zu-Infinitiv), sonst ihr Vorhaben ($initiative); mit Leerzeichen davor, oder nichts.

shared-admired = { ADMIRED($decision, $initiative) ->
        [decision] { $anrede ->
            [du] {" "}Deine Entscheidung, { $decision }, ist genau die Abwägung, vor der ich gerade stehe.
           *[other] {" "}Ihre Entscheidung, { $decision }, ist genau die Abwägung, vor der ich jetzt stehe.
        }
        [initiative] { $anrede ->
            [du] {" "}Ich habe verfolgt, wie du { $initiative } vorangebracht hast; genau diese Erfahrung fehlt mir.
           *[other] {" "}Ich habe verfolgt, wie Sie { $initiative } vorangebracht haben; genau diese Erfahrung fehlt mir.
        }
       *[none] {""}
    }

# Nach einer Antwort im Chat, den sie gewählt haben: Dank, die Wahl, und dass Sie berichten.
chat-after-answer-note = Sobald eine Antwort kommt: noch am selben Tag eine Zeile zurück, später eine dazu, was daraus wurde.
chat-after-answer = { $anrede ->
        [du] Danke, { $name }, das hat geholfen. Ich nehme *(Ihre Wahl)* und sage dir, wie es ausgeht.
       *[other] Vielen Dank, { $name }, das hat geholfen. Ich nehme *(Ihre Wahl)* und sage Ihnen, wie es ausgeht.
    }

## Über der Anfrage und der Antwort auf ein Nein: wie die Worte der Person gelesen wurden.

# $reading: die erste Antwort, aus ihren Worten gelesen.
script-reading-note = **So verstehen die Dokumente, was { leader-named } gesagt hat: { $reading ->
        [no-time] „gerade keine Zeit“
        [not-now] „jetzt nicht, vielleicht später“
        [yes-once] „grundsätzlich ja, aber erst später“
        [noncommittal] „ein vages Ja“
        [use-the-program] „nutzen Sie das Mentoring-Programm“
        [ask-your-manager] „sprechen Sie zuerst mit Ihrer Führungskraft“
        [not-ready] „nicht sicher, ob Sie schon so weit sind“
        [no-reply] „keine Antwort“
        [yes-with-limits] „ein Ja mit Grenzen“
        [referral] „sprechen Sie mit jemand anderem“
        [doubts-fit] „nicht sicher, die richtige Person zu sein“
        [declined] „nein“
       *[other] eine Antwort
    }{ $written ->
        [yes] , mit zuerst einer kurzen schriftlichen Notiz
       *[other] {""}
    }. Bestätigen Sie das im Profil (Was die Person beim ersten Mal gesagt hat) oder wählen Sie die richtige Antwort: Jedes Dokument richtet sich danach.**
# Ihre Worte stehen im Profil, aber keine der Antworten oben ließ sich daraus lesen.
script-unread-note = **Was { leader-named } gesagt hat, passt zu keiner ersten Antwort, die Mentorship Prep kennt; die Dokumente behandeln es deshalb als verhaltene Antwort. Wählen Sie im Profil (Was die Person beim ersten Mal gesagt hat), was gemeint war: Jedes Dokument richtet sich danach.**

# Die Worte sind überwiegend in einer Schrift, die das Lesen nicht kennt. $script: welche; $words: die Worte, Markdown-sicher.
script-unread-script-note = **Mentorship Prep kann { $script ->
        [greek] Griechisch
        [hebrew] Hebräisch
        [arabic] Arabisch
        [thai] Thailändisch
        [japanese] Japanisch
        [chinese] Chinesisch
        [korean] Koreanisch
        [cyrillic] kyrillische Schrift
        [devanagari] Devanagari
       *[other] diese Schrift
    } nicht lesen; deshalb baut kein Dokument auf dieser Antwort auf:** „{ $words }“ Halten Sie im Profil fest, was gemeint war (Was die Person beim ersten Mal gesagt hat) und was angeboten oder ausgeschlossen wurde (Was angeboten wurde, Was ausgeschlossen wurde): Jedes Dokument richtet sich dann danach. Bis dahin bitten Sie um { $written ->
        [yes] eine einzige schriftliche Frage
       *[other] ein einziges Gespräch
    }, und den Rhythmus bestimmt { leader-named }.

## Eine fehlende Antwort im Dokument: **[bitte ergänzen: …]** (answers.ts). $field: der Pfad der Antwort, „.“ als „-“.
fill-in-label = bitte ergänzen
fill-in = { $field ->
        [you-name] Ihr Name
        [you-role] Ihre Rolle
        [you-strengths] eine Stärke, die Sie mitbringen
        [leader-name] der Name der Person
        [leader-addressAs] wie Sie die Person im Gespräch ansprechen
        [leader-role] die Rolle der Person
        [leader-initiative] ein Vorhaben, das die Person geleitet hat
        [leader-expertise] wofür die Person bekannt ist
        [leader-decisionYouAdmire] eine Entscheidung der Person, die Sie schätzen
        [leader-company] das Unternehmen, in dem die Person arbeitet
       *[challenge] die Herausforderung, zu der Sie die Sicht der Person suchen
        [challengeShort] ein kurzer Name für die Herausforderung
        [expertiseApplied] wo die Erfahrung der Person bei Ihrer Herausforderung hilft
        [valueYouBring] was Sie der Person und dem Team zurückgeben
        [firstResponseWords] was die Person beim ersten Mal gesagt hat
        [goal] was Sie in 6 bis 12 Monaten können möchten
        [successLooksLike] was nach den drei Probemonaten ein gutes Ergebnis wäre
    }

## Wie die Hinweise an Sie die Führungskraft nennen: so, wie der Brief sie grüßt ($leader: „Herr Dr. Kröger“,
## „Frau Huber“, „Dr. Martin Hofbauer“ ohne bekanntes Frau/Herr, ein Vorname, wie Sie ihn gewählt haben;
## german.ts leaderReference). „die Person“ nur, wenn kein Name bekannt ist ($leader „none“). Als Dativ oder
## Akkusativ wird „Herr“ zu „Herrn“ (DATIVE). Ein Pronomen nur, wo $gender es kennt, sonst wieder der Name.
leader-named = { $leader ->
        [none] die Person
       *[other] { $leader }
    }
leader-named-start = { $leader ->
        [none] Die Person
       *[other] { $leader }
    }
leader-named-dative = { $leader ->
        [none] der Person
       *[other] { DATIVE($leader) }
    }
leader-pronoun-dative = { $gender ->
        [frau] ihr
        [herr] ihm
       *[other] { leader-named-dative }
    }
leader-pronoun-start = { $gender ->
        [frau] Sie
        [herr] Er
       *[other] { leader-named-start }
    }
