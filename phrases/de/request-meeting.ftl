### Die Bitte um ein Gespräch (templates/request-meeting.hbs), auf Deutsch. Welche Sätze gesagt
### werden und in welcher Reihenfolge, entscheidet src/core/render/rules/request.ts; die IDs und
### Variablen sind dieselben wie in phrases/en/request-meeting.ftl. Fehlt hier eine ID, gilt die
### englische Fassung. „Sie“, oder „du“ nach $anrede; $tone (formal, warm, concise) ändert nur den Ton.
### $topic, $challenge, $challengeTopic, $expertise: Ihre eigenen Worte aus dem Profil.
### $expertise ist freier Text („die Modernisierung …“, „Plattform-Teams aufbauen“): Er steht nie nach einer
### Präposition oder einem Artikel, sondern als Einschub zwischen Gedankenstrichen oder nach einem Doppelpunkt.

## Die Notiz an Sie über der Nachricht

# Nach einer Empfehlung: Die Nachricht dankt nur. $sentYou „yes“, wenn die Person gesagt hat, man solle sich auf sie
# berufen („sagen Sie, ich hab Sie geschickt“): Dann wird das zugesagt, nicht erfragt.
request-note-referred = { leader-named-start } hat Sie an jemand anderen verwiesen: { $door ->
        [introduce] Die Nachricht dankt dafür und dafür, dass { leader-named } vorab Bescheid gibt, und wartet auf dieses Wort.
       *[other] { $sentYou ->
            [yes] Die Nachricht dankt dafür und sagt, dass Sie sich, wie angeboten, auf die Empfehlung berufen.
           *[no] Die Nachricht dankt dafür und bittet um nichts weiter, als die Empfehlung erwähnen zu dürfen.
        }
    } Um Zeit bitten Sie hier nicht mehr.
request-note-indirect = { $firstResponse ->
        [referral] { request-note-referred }
       *[other] Eine Vorab-Notiz: Sie sagt zuerst, worüber Sie sprechen möchten, und bittet erst danach um Zeit. So kommt nichts überraschend, und ein Nein bleibt leicht.
    }
request-note-async = { $firstResponse ->
        [referral] { request-note-referred }
       *[other] Erst das Anliegen, dann Ihr Vorschlag (alles schriftlich), dann ein leichter Weg, Nein zu sagen.
    }
request-note-meeting = { $firstResponse ->
        [referral] { request-note-referred }
       *[other] { $agreed ->
            [yes] Erst das Anliegen, dann das, was { leader-named } angeboten hat, dann das erste Mal, wann es { leader-pronoun-dative } passt: Die Zusage steht schon, also braucht es keinen Weg, Nein zu sagen.
           *[other] Erst das Anliegen, dann die Dauer, dann ein leichter Weg, Nein zu sagen.
        }
    }
request-note-manager-talk-first = Sprechen Sie vor dem Senden mit Ihrer Führungskraft; die Vorlage „Manager first“ in Mentorship Prep bereitet dieses Gespräch vor.
request-note-after-manager = Schicken Sie sie erst, wenn dieses Gespräch mit Ihrer Führungskraft stattgefunden hat.
request-note-cross-team = Kennt { leader-named } Sie kaum, setzen Sie über das Anliegen eine Zeile dazu, wer Sie sind und in welchem Team Sie arbeiten.
request-note-executive = Viele Führungskräfte lesen Mails zwischen zwei Terminen auf dem Handy: Halten Sie die Nachricht deshalb kurz, und setzen Sie die Assistenz nur in Kopie, wenn sie den Kalender führt.
request-note-former-manager = Sie kennen sich: Schreiben Sie so, wie Sie sonst miteinander reden, gern auch im Chat, und halten Sie Ihre jetzige Führungskraft auf dem Laufenden.
request-note-send-in = Schicken Sie sie { shared-month-in }, wie vorgeschlagen, nicht früher.
# $when: ihre Worte, wie eingegeben, nach einem Doppelpunkt (nicht von „erst“ regiert).
request-note-send-after = Schicken Sie sie nicht vor dem Zeitpunkt, den { leader-named } genannt hat: { $when }.
request-note-add-since-manager = { claim-manager-add-lead } „{ request-since-ask-your-manager }“
request-note-add-who-skip-level = { claim-manager-add-lead } „{ request-who-skip-level }“
# Ein Angebot der offenen Tür, wo man sie persönlich nutzt: vorbeigehen, oder vorher die kurze Nachricht.
request-note-drop-in = Angeboten wurde eine offene Tür, und die nutzt man hier persönlich: Gehen Sie vorbei, wenn das Problem gerade vor Ihnen liegt, oder schicken Sie vorher die kurze WhatsApp-Nachricht unten. Die E-Mail ist für den Fall, dass beides nicht passt: ohne Länge, ohne Agenda, ohne One-Pager.
# Wann die Person die Rückmeldung haben wollte ($when: ihre Worte); $condition „yes“: an eine Bedingung geknüpft, nicht an ein Datum.
request-note-their-time = { $condition ->
        [yes] Schicken Sie sie erst { $when }: Daran hat { leader-named } die Rückmeldung geknüpft, nicht an ein Datum.
       *[other] Und nicht vor dem Zeitpunkt, den { leader-named } genannt hat: { $when }.
    }
# Sie haben ihr Büro, Sekretariat oder ihre Assistenz als Weg genannt. $role: pa, secretary, assistant, office; $name: der Name oder none.
request-note-gatekeeper = Als Weg haben sie { $role ->
        [office] ihr Büro
        [secretary] ihr Sekretariat
       *[other] ihre Assistenz
    }{ $name ->
        [none] {""}
       *[other] { " " }({ $name })
    } genannt: Schicken Sie die Nachricht dorthin, mit einer Zeile mit der Bitte um einen Termin, den Namen der Führungskraft im Betreff, und bedanken Sie sich für den gefundenen Termin.
# Sie haben Schreiben als Weg genannt ($said: ihre Worte, „schreiben Sie mir“); $meantime: yes vor der genannten Rückmeldung.
request-note-channel = { leader-named } hat gesagt: „{ $said }“. Schicken Sie die Nachricht auf diesem Weg, direkt; die erste Zeile sagt das.{ $meantime ->
        [yes] { " " }Bis dahin bleibt dieser Weg offen, wie angeboten: Eine kurze Nachricht zur Arbeit ist auch vorher willkommen.
       *[other] {""}
    }
request-note-read-aloud = Lesen Sie die Nachricht einmal laut und ändern Sie alles, was nicht nach Ihnen klingt.
request-note-attach = { $firstResponse ->
        [no-time] Hängen Sie nichts an: Wer keine Zeit hat, liest keinen Anhang. Die eine Frage schicken Sie erst, wenn sie ansteht.
        [referral] {""}
       *[other] Hängen Sie den One-Pager an: Die Nachricht verweist darauf.
    }
request-note-one-pager-async = { $firstResponse ->
        [referral] {""}
       *[other] Sobald { leader-named } zustimmt, schicken Sie den One-Pager mit der ersten Frage.
    }
request-note-one-pager-meeting = { $firstResponse ->
        [referral] {""}
       *[other] Sobald ein Termin steht, schicken Sie den One-Pager ein, zwei Tage vorher.
    }

## Betreffzeilen

## Eine Betreffzeile ist höchstens 70 Zeichen lang und hat kein „;“: ihr Anfang (request-subject-lead-…), dann
## „ – “ und das Thema ohne Artikel, im Nominativ, wenn es ein bestimmtes ist und in die Zeile passt (SUBJECT,
## germanTopic.ts germanSubject); sonst der Anfang allein.

request-subject-lead-indirect = { $anrede ->
        [du] Eine Frage an dich
       *[other] { $tone ->
            [formal] Bitte um Ihren Rat
            [warm] Eine Frage an Sie
           *[concise] Vorab eine Frage
        }
    }
request-subject-lead-async = { $anrede ->
        [du] { $tone ->
            [formal] Bitte um deine schriftliche Einschätzung
            [warm] Deine schriftliche Einschätzung
           *[concise] Kurze Frage per Mail
        }
       *[other] { $tone ->
            [formal] Bitte um Ihre schriftliche Einschätzung
            [warm] Ihre schriftliche Einschätzung
           *[concise] Eine kurze schriftliche Frage
        }
    }
request-subject-lead-meeting = { $anrede ->
        [du] { $tone ->
            [formal] Bitte um ein Gespräch ({ $minutes } Minuten)
            [warm] Deine Einschätzung in { $minutes } Minuten
           *[concise] { $minutes } Minuten für eine Frage
        }
       *[other] { $tone ->
            [formal] Bitte um ein Gespräch ({ $minutes } Minuten)
            [warm] Ihre Einschätzung in { $minutes } Minuten
           *[concise] Bitte um { $minutes } Minuten
        }
    }
request-subject-indirect = { $firstResponse ->
        [referral] { $anrede ->
            [du] { $referTo ->
                [none] Danke für deinen Rat
               *[other] Danke für deinen Tipp – ich melde mich bei { DATIVE($referTo) }
            }
           *[other] { $referTo ->
                [none] Vielen Dank für Ihren Rat
               *[other] { $tone ->
                    [concise] Danke – ich melde mich bei { DATIVE($referTo) }
                   *[other] Vielen Dank für Ihren Rat – ich melde mich bei { DATIVE($referTo) }
                }
            }
        }
       *[other] { SUBJECT(request-subject-lead-indirect, $topic) }
    }
request-subject-async = { $firstResponse ->
        [referral] { $anrede ->
            [du] { $referTo ->
                [none] Danke für deinen Rat
               *[other] Danke für deinen Tipp – ich melde mich bei { DATIVE($referTo) }
            }
           *[other] { $referTo ->
                [none] Vielen Dank für Ihren Rat
               *[other] { $tone ->
                    [concise] Danke – ich melde mich bei { DATIVE($referTo) }
                   *[other] Vielen Dank für Ihren Rat – ich melde mich bei { DATIVE($referTo) }
                }
            }
        }
       *[other] { SUBJECT(request-subject-lead-async, $topic) }
    }
request-subject-meeting = { $firstResponse ->
        [referral] { $anrede ->
            [du] { $referTo ->
                [none] Danke für deinen Rat
               *[other] Danke für deinen Tipp – ich melde mich bei { DATIVE($referTo) }
            }
           *[other] { $referTo ->
                [none] Vielen Dank für Ihren Rat
               *[other] { $tone ->
                    [concise] Danke – ich melde mich bei { DATIVE($referTo) }
                   *[other] Vielen Dank für Ihren Rat – ich melde mich bei { DATIVE($referTo) }
                }
            }
        }
       *[other] { SUBJECT(request-subject-lead-meeting, $topic) }
    }

## Seit der ersten Anfrage: was sich geändert hat, je nachdem, was die Person damals sagte

request-since-declined = { $anrede ->
        [du] Du hast mir gesagt, dass du kein Mentoring übernehmen kannst, und das respektiere ich.
       *[other] { $tone ->
            [concise] Sie haben Nein zu einem Mentoring gesagt, und das respektiere ich.
           *[other] Sie haben mir gesagt, dass Sie kein Mentoring übernehmen können, und das respektiere ich.
        }
    }
request-since-declined-ask = { $tone ->
        [formal] Ich bitte nicht noch einmal um dasselbe, sondern nur um { $written ->
            [yes] eine schriftliche Frage
           *[no] ein Gespräch
        } zu einer einzigen Entscheidung.
        [warm] Ich bitte nicht noch einmal um dasselbe, sondern nur um { $written ->
            [yes] eine schriftliche Frage
           *[no] ein Gespräch
        } zu einer einzigen Entscheidung.
       *[concise] Diesmal ist es kleiner: { $written ->
            [yes] eine schriftliche Frage
           *[no] ein Gespräch
        }, eine Entscheidung.
    }
request-since-declined-final = { $tone ->
        [formal] Bleibt es beim Nein, spreche ich das Thema nicht wieder an.
        [warm] Und wenn es beim Nein bleibt, komme ich nicht wieder darauf zurück.
       *[concise] Bleibt es beim Nein, frage ich nicht wieder.
    }
# Deutsch ohne $joined (die englischen Worte der Führungskraft passen nicht in den deutschen Satz).
request-since-joined = { $anrede ->
        [du] Deinen Vorschlag habe ich inzwischen umgesetzt.
       *[other] Ihren Vorschlag habe ich inzwischen umgesetzt.
    }
request-since-no-time = { $offered ->
        [none] { $anrede ->
            [du] { $tone ->
                [formal] Ich weiß, dass dein Kalender sehr voll ist, deshalb fasse ich mich kurz.
                [warm] Ich weiß, wie voll dein Kalender ist, deshalb halte ich es kurz.
               *[concise] Ich weiß, dein Kalender ist voll; ich halte es kurz.
            }
           *[other] { $tone ->
                [formal] Ich weiß, dass Ihr Kalender sehr voll ist, deshalb fasse ich mich kurz.
               *[other] Ich weiß, wie voll Ihr Kalender ist, deshalb halte ich es kurz.
            }
        }
       *[other] { $anrede ->
            [du] { $tone ->
                [formal] Mir ist klar, dass du gerade keine Zeit hast. Du hast mir angeboten: „{ $offered }“ – und genau dabei bleibe ich.
                [warm] Ich weiß, dass du gerade keine Zeit hast. Du hast mir angeboten: „{ $offered }“ – und genau dabei bleibe ich.
               *[concise] Du hast gerade keine Zeit, ich weiß. Du hast mir angeboten: „{ $offered }“ – dabei bleibe ich.
            }
           *[other] { $tone ->
                [formal] Mir ist bewusst, dass Sie derzeit keine Zeit haben. Sie haben mir angeboten: „{ $offered }“ – und genau dabei bleibe ich.
               *[other] Ich weiß, dass Sie gerade keine Zeit haben. Sie haben mir angeboten: „{ $offered }“ – und genau dabei bleibe ich.
            }
        }
    }
# $after: ihre eigenen Worte für den Zeitpunkt, wie eingegeben („nach dem Go-live im Frühling“), in
# Klammern; „none“, wenn es keine gibt. ($milestone ist die englische Fassung davon und bleibt ungenutzt.)
request-since-not-now-milestone = { $anrede ->
        [du] { $after ->
            [none] Letztes Mal meintest du, wir sollten das zu diesem Zeitpunkt wieder aufgreifen – deshalb hier eine kleine, konkrete Bitte.
           *[other] Du hattest vorgeschlagen, dass ich mich später noch einmal melde ({ QUOTED($after) }) – das tue ich hiermit, mit einer kleinen, konkreten Bitte.
        }
       *[other] { $after ->
            [none] { $tone ->
                [formal] Bei unserem letzten Gespräch haben Sie vorgeschlagen, zu diesem Zeitpunkt darauf zurückzukommen – deshalb melde ich mich mit einer kleinen, konkreten Bitte.
               *[other] Letztes Mal meinten Sie, wir sollten das zu diesem Zeitpunkt wieder aufgreifen – deshalb hier eine kleine, konkrete Bitte.
            }
           *[other] { $tone ->
                [formal] Sie hatten vorgeschlagen, dass ich mich später wieder melde ({ QUOTED($after) }) – das tue ich hiermit, mit einer kleinen, konkreten Bitte.
               *[other] Sie hatten vorgeschlagen, dass ich mich später noch einmal melde ({ QUOTED($after) }) – das tue ich hiermit, mit einer kleinen, konkreten Bitte.
            }
        }
    }
# Ein Angebot, an eine Bedingung geknüpft, die jetzt eingetreten ist („sobald die Ausschreibung draußen
# ist, machen wir eine Viertelstunde im Monat“): das Angebot wird eingelöst. $offered: der Rhythmus, den sie
# genannt haben; $condition: die Bedingung, wie eingegeben, in Klammern.
request-since-yes-on-condition = { $anrede ->
        [du] Du hattest angeboten, dass wir { QUOTED($offered) } einrichten, sobald es so weit ist ({ QUOTED($condition) }). Das ist seit *(Datum)* der Fall.
       *[other] Sie hatten angeboten, dass wir { QUOTED($offered) } einrichten, sobald es so weit ist ({ QUOTED($condition) }). Das ist seit *(Datum)* der Fall.
    }
## Ein Ja mit Bedingung („Grundsätzlich gern, aber erst, sobald wir mit der Migration durch sind“): keine
## Bitte um einen besseren Zeitpunkt, sondern die Zusage, jetzt eingelöst. $kind: clause („sobald ihr … seid“,
## nach „melden,“) oder phrase („nach dem Jahresabschluss“, vor „melden“); $du und $sie: die Form zur Anrede.
request-since-yes-once = { $anrede ->
        [du] { $kind ->
            [clause] Du hattest gesagt, ich soll mich wieder melden, { $du }.
           *[phrase] Du hattest gesagt, ich soll mich { $du } wieder melden.
        } Das tue ich hiermit, mit einer kleinen, konkreten Bitte.
       *[other] { $kind ->
            [clause] Sie hatten gesagt, ich solle mich wieder melden, { $sie }.
           *[phrase] Sie hatten gesagt, ich solle mich { $sie } wieder melden.
        } Das tue ich hiermit, mit einer kleinen, konkreten Bitte.
    }
request-since-not-now = { $anrede ->
        [du] { $after ->
            [none] Letztes Mal meintest du, wir sollten das später aufgreifen. Wenn es jetzt immer noch nicht passt, ist mir auch ein späterer Zeitpunkt recht.
           *[other] Du hattest vorgeschlagen, dass ich mich später noch einmal melde ({ QUOTED($after) }). Wenn es jetzt immer noch nicht passt, ist mir auch ein späterer Zeitpunkt recht.
        }
       *[other] { $after ->
            [none] { $tone ->
                [formal] Bei unserem letzten Gespräch haben Sie vorgeschlagen, später darauf zurückzukommen. Ich hoffe, der Zeitpunkt passt jetzt besser; wenn nicht, ist mir ein späterer Termin, der Ihnen passt, genauso recht.
               *[other] Letztes Mal meinten Sie, wir sollten das später aufgreifen. Wenn es jetzt immer noch nicht passt, ist mir auch ein späterer Zeitpunkt recht.
            }
           *[other] { $tone ->
                [formal] Sie hatten vorgeschlagen, dass ich mich später wieder melde ({ QUOTED($after) }). Ich hoffe, der Zeitpunkt passt jetzt besser; wenn nicht, ist mir ein späterer Termin, der Ihnen passt, genauso recht.
               *[other] Sie hatten vorgeschlagen, dass ich mich später noch einmal melde ({ QUOTED($after) }). Wenn es jetzt immer noch nicht passt, ist mir auch ein späterer Zeitpunkt recht.
            }
        }
    }
request-since-noncommittal = { $tone ->
        [formal] Seit unserem letzten Gespräch habe ich meine Bitte deutlich kleiner und konkreter gefasst.
       *[other] Seit wir zuletzt gesprochen haben, ist meine Bitte deutlich kleiner und konkreter geworden.
    }
# $referTo: wen die Person stattdessen genannt hat, wie eingegeben („Herrn Dr. Brandt“, nach „mit“); „none“ ohne Namen.
request-since-doubts-fit = { $anrede ->
        [du] Du warst nicht sicher, ob du dafür die richtige Person bist. { $referTo ->
            [none] {""}
           *[other] Danke für deinen Hinweis: Mit { DATIVE($referTo) } spreche ich auch.{" "}
        }Um Mentoring geht es mir gar nicht, nur um deine Einschätzung zu einer Frage, bei der deine Erfahrung genau passt.
       *[other] { $tone ->
            [formal] Sie sagten, Sie seien nicht sicher, ob Sie die richtige Person dafür sind. { $referTo ->
                [none] {""}
               *[other] Für Ihren Hinweis danke ich Ihnen: Mit { DATIVE($referTo) } werde ich ebenfalls sprechen.{" "}
            }Ich bitte nicht um ein Mentoring, sondern nur um Ihre Einschätzung zu einer Frage, bei der Ihre Erfahrung sehr gezielt hilft.
           *[other] Sie waren nicht sicher, ob Sie dafür die richtige Person sind. { $referTo ->
                [none] {""}
               *[other] Danke für Ihren Hinweis: Mit { DATIVE($referTo) } spreche ich auch.{" "}
            }Um Mentoring geht es mir gar nicht, nur um Ihre Einschätzung zu einer Frage, bei der Ihre Erfahrung genau passt.
        }
    }
request-since-program-joined = { $anrede ->
        [du] Deinen Tipp habe ich aufgegriffen und nutze inzwischen das Programm.
       *[other] { $tone ->
            [formal] Wie von Ihnen vorgeschlagen, nutze ich inzwischen das Programm.
           *[other] Ihren Tipp habe ich aufgegriffen und nutze inzwischen das Programm.
        }
    }
request-since-program = { $anrede ->
        [du] Du hast mich auf das Mentoring-Programm hingewiesen, und ich nutze es gern.
       *[other] { $tone ->
            [formal] Sie haben das Mentoring-Programm erwähnt, und ich nutze es gern.
           *[other] Sie haben mich auf das Mentoring-Programm hingewiesen, und ich nutze es gern.
        }
    }
request-since-narrower = { $anrede ->
        [du] Meine Frage an dich ist enger: eine Architekturentscheidung, bei der du Erfahrung hast, die kaum jemand hat.
       *[other] { $tone ->
            [formal] Meine Frage an Sie ist enger gefasst: eine Architekturentscheidung, bei der Ihre Erfahrung selten ist.
           *[other] Meine Frage an Sie ist enger: eine Architekturentscheidung, bei der Sie Erfahrung haben, die kaum jemand hat.
        }
    }
request-since-ask-your-manager = { $anrede ->
        [du] Wie du vorgeschlagen hast, habe ich zuerst mit meiner Teamleitung gesprochen; sie weiß, dass ich dir schreibe.
       *[other] { $tone ->
            [formal] Wie von Ihnen vorgeschlagen, habe ich zuerst mit meiner Teamleitung gesprochen; sie weiß, dass ich Ihnen schreibe.
           *[other] Wie Sie vorgeschlagen haben, habe ich zuerst mit meiner Teamleitung gesprochen; sie weiß, dass ich Ihnen schreibe.
        }
    }
request-since-not-ready = { $anrede ->
        [du] Ich habe die Herausforderung auf einer Seite zusammengefasst und schicke sie dir gern vorab. Dann siehst du selbst, ob sie deine Zeit wert ist.
       *[other] { $tone ->
            [formal] Ich habe die Herausforderung auf einer Seite zusammengefasst und kann sie Ihnen vorab schicken, damit Sie selbst beurteilen können, ob sie Ihre Zeit wert ist.
           *[other] Ich habe die Herausforderung auf einer Seite zusammengefasst und schicke sie Ihnen gern vorab. Dann sehen Sie selbst, ob sie Ihre Zeit wert ist.
        }
    }
request-since-no-reply = { $tone ->
        [formal] Ich komme auf meine frühere Nachricht zurück, falls sie untergegangen ist; hier eine kürzere Fassung.
       *[other] Ich melde mich noch einmal, falls meine letzte Nachricht untergegangen ist; hier die kürzere Fassung.
    }
request-since-earlier = { $tone ->
        [formal] Seit unserem ersten Gespräch habe ich überlegt, wie ich meine Bitte kleiner und konkreter fassen kann.
       *[other] Seit wir zuletzt gesprochen haben, habe ich überlegt, wie meine Bitte kleiner und konkreter wird.
    }

## Wer Sie für die Person sind (eine Zeile, je nach Beziehung)

request-who-skip-level-view = { $firstResponse ->
        [referral] {""}
       *[other] { $anrede ->
            [du] Du siehst, wie sich eine solche Entscheidung über mehrere Teams hinweg auswirkt; aus einem einzelnen Team heraus sehe ich das nicht.
           *[other] Sie sehen, wie sich eine solche Entscheidung über mehrere Teams hinweg auswirkt; aus einem einzelnen Team heraus sehe ich das nicht.
        }
    }
request-who-skip-level = { $anrede ->
        [du] Meine Teamleitung weiß, dass ich mich bei dir melde.
       *[other] { $tone ->
            [formal] Meine Teamleitung weiß, dass ich Ihnen schreibe.
           *[other] Meine Teamleitung weiß, dass ich mich bei Ihnen melde.
        }
    }
# Arbeitet die Person anderswo ($workplace „other“: ein Institut, eine Behörde, eine andere Firma), sagt
# die Nachricht neutral „Ihr Haus“ und verspricht ihrem Team nichts.
request-who-cross-team = { $firstResponse ->
        [referral] {""}
       *[other] { $anrede ->
            [du] { $workplace ->
                [other] Ich weiß, dass ich dir von außerhalb schreibe; umso mehr schätze ich, dass du dir das ansiehst.
               *[same] Ich weiß, dass das nicht das Thema deines Teams ist; was wir dabei lernen, kann aber auch deinem Team helfen.
            }
           *[other] { $workplace ->
                [other] { $tone ->
                    [formal] Mir ist bewusst, dass meine Anfrage von außerhalb Ihres Hauses kommt; umso mehr schätze ich, dass Sie sie lesen.
                   *[other] Ich weiß, dass ich Ihnen von außerhalb schreibe; umso mehr schätze ich, dass Sie sich das ansehen.
                }
               *[same] { $tone ->
                    [formal] Mir ist bewusst, dass das außerhalb der Arbeit Ihres Teams liegt; was wir dabei lernen, kann aber auch Ihrem Team nützen.
                   *[other] Ich weiß, dass das nicht das Thema Ihres Teams ist; was wir dabei lernen, kann aber auch Ihrem Team helfen.
                }
            }
        }
    }
request-meeting-slot-assistant = { $firstResponse ->
        [referral] {""}
       *[other] { $anrede ->
                [du] Einen Termin stimme ich gern mit deiner Assistenz ab.
               *[other] { $tone ->
                    [formal] Einen Termin stimme ich gern mit Ihrer Assistenz ab.
                   *[other] Einen Termin stimme ich gern mit Ihrer Assistenz ab.
                }
            }
    }
request-who-former-manager = { $firstResponse ->
        [referral] {""}
       *[other] { $anrede ->
            [du] Diesmal geht es um etwas anderes als damals, als ich in deinem Team war: um dein Urteil zu einem schwierigen Problem, nicht um meine Laufbahn.
           *[other] { $tone ->
                [formal] Diese Bitte ist eine andere als zu der Zeit, als ich in Ihrem Team gearbeitet habe: Es geht um Ihr Urteil zu einem schwierigen Problem, nicht um meine Laufbahn.
               *[other] Diesmal geht es um etwas anderes als damals, als ich in Ihrem Team war: um Ihr Urteil zu einem schwierigen Problem, nicht um meine Laufbahn.
            }
        }
    }

## Die indirekte Form: erst eine Vorab-Notiz, bevor um Zeit gebeten wird

# Die erste Zeile, wenn sie gesagt haben, man solle ihnen schreiben.
request-written-as-asked = { $anrede ->
        [du] Ich schreibe dir direkt, wie du es vorgeschlagen hast.
       *[other] Ich schreibe Ihnen direkt, wie Sie es vorgeschlagen haben.
    }
request-indirect-heads-up = { $firstResponse ->
        [referral] {""}
       *[other] { $anrede ->
                [du] Ich wollte dir kurz vorab Bescheid geben, worum ich dich gern bitten würde, damit es nicht aus heiterem Himmel kommt.
               *[other] { $tone ->
                    [formal] Ich möchte Ihnen vorab sagen, worüber ich gern mit Ihnen sprechen würde, damit nichts überraschend kommt.
                    [warm] Ich wollte Ihnen kurz vorab Bescheid geben, worum ich Sie gern bitten würde, damit es nicht aus heiterem Himmel kommt.
                   *[concise] Vorab ein kurzer Hinweis auf eine Bitte an Sie.
                }
            }
    }
request-indirect-why-you = { $firstResponse ->
        [referral] {""}
       *[other] { $anrede ->
                [du] Ich arbeite gerade an einem Vorhaben, bei dem mir deine Sicht noch fehlt: { NOM($challengeTopic) }. Deine Erfahrung – { $expertise } – würde mir genau hier sehr helfen.{ shared-admired } Hättest du Lust, mir deine Einschätzung dazu zu geben, kurz und strukturiert, sodass es dich kaum Zeit kostet?
               *[other] { $tone ->
                    [formal] Mich beschäftigt derzeit folgendes Vorhaben: { NOM($challengeTopic) }. Ihre Erfahrung – { $expertise } – ist genau die Perspektive, die mir dabei fehlt.{ shared-admired } Wären Sie bereit, mir Ihre Sicht darauf zu geben, in einer kurzen, klar strukturierten Form, die Sie wenig Zeit kostet?
                    [warm] Ich arbeite gerade an einem Vorhaben, bei dem mir Ihre Sicht noch fehlt: { NOM($challengeTopic) }. Ihre Erfahrung – { $expertise } – würde mir genau hier sehr helfen.{ shared-admired } Hätten Sie Lust, mir Ihre Einschätzung dazu zu geben, kurz und strukturiert, sodass es Sie kaum Zeit kostet?
                   *[concise] Ich arbeite an folgendem Vorhaben: { NOM($challengeTopic) }. Ihre Erfahrung – { $expertise } – würde mir dabei sehr helfen.{ shared-admired } Ihre Einschätzung würde ich gern in kurzer, strukturierter Form hören.
                }
            }
    }
request-indirect-close-async = { $firstResponse ->
        [referral] {""}
       *[other] { $anrede ->
                [du] Wenn du magst, schicke ich dir die Frage schriftlich, und du antwortest, wann es dir passt.{ $exit ->
                        [said] {""}
                       *[other] { " " }Und wenn es gerade nicht passt, ist das völlig in Ordnung.
                    }
               *[other] { $tone ->
                    [formal] Wenn Sie dafür offen sind, könnte ich Ihnen meine Frage schriftlich schicken, und Sie antworten, wann es Ihnen passt.{ $exit ->
                        [said] {""}
                       *[other] { " " }Wenn der Zeitpunkt nicht passt, habe ich dafür volles Verständnis.
                    }
                    [warm] Wenn Sie mögen, schicke ich Ihnen die Frage schriftlich, und Sie antworten, wann es Ihnen passt.{ $exit ->
                        [said] {""}
                       *[other] { " " }Und wenn es gerade nicht passt, ist das völlig in Ordnung.
                    }
                   *[concise] Wenn Sie offen dafür sind: eine schriftliche Frage, die Sie beantworten, wann es passt?{ $exit ->
                        [said] {""}
                       *[other] { " " }Passt es gerade nicht, ist das in Ordnung.
                    }
                }
            }
    }
request-indirect-close-meeting = { $firstResponse ->
        [referral] {""}
       *[other] { $anrede ->
                [du] Wenn du magst, finden wir in den nächsten Wochen { $minutes } Minuten, wann immer es dir passt.{ $exit ->
                        [said] {""}
                       *[other] { " " }Und wenn es gerade nicht passt, ist das völlig in Ordnung.
                    }
               *[other] { $tone ->
                    [formal] Wenn Sie dafür offen sind, könnten wir in den nächsten Wochen { $minutes } Minuten finden, zu einer Zeit, die Ihnen passt.{ $exit ->
                        [said] {""}
                       *[other] { " " }Wenn der Zeitpunkt nicht passt, habe ich dafür volles Verständnis.
                    }
                    [warm] Wenn Sie mögen, finden wir in den nächsten Wochen { $minutes } Minuten, wann immer es Ihnen passt.{ $exit ->
                        [said] {""}
                       *[other] { " " }Und wenn es gerade nicht passt, ist das völlig in Ordnung.
                    }
                   *[concise] Wenn Sie offen dafür sind: { $minutes } Minuten in den nächsten Wochen?{ $exit ->
                        [said] {""}
                       *[other] { " " }Passt es gerade nicht, ist das in Ordnung.
                    }
                }
            }
    }

## Die schriftliche Form: Alles Vorgeschlagene geschieht schriftlich, also beginnt die Bitte damit

request-async-ask = { $firstResponse ->
        [referral] {""}
       *[other] { $anrede ->
                [du] { $tone ->
                    [formal] Ich würde dich gern um deine Einschätzung zu einer Frage bitten. { shared-about-challenge }
                    [warm] Darf ich dich um deine Einschätzung zu einer Frage bitten? { shared-about-challenge }
                   *[concise] Eine kurze Frage an dich, schriftlich: { shared-about-challenge }
                }
               *[other] { $tone ->
                    [formal] Ich möchte Sie um Ihre Einschätzung zu einer Frage bitten. { shared-about-challenge }
                    [warm] Darf ich Sie um Ihre Einschätzung zu einer Frage bitten? { shared-about-challenge }
                   *[concise] Darf ich Sie um Ihre Einschätzung zu einer Frage bitten? { shared-about-challenge }
                }
            }
    }
# $trial: „three-months“ für einen Versuch, „none“ nach einem Nein (nur eine Frage).
# Der Rhythmus kommt aus shared-rhythm (shared.ftl), mit $minutes.
request-async-why-you = { $firstResponse ->
        [no-time] { $anrede ->
            [du] Ein Treffen braucht es nicht: nur eine einzige Frage per Mail; du antwortest, wann es dir passt.
           *[other] { $tone ->
                [formal] Ein Treffen ist nicht nötig: nur eine einzige Frage per E-Mail; Sie antworten, wann es Ihnen passt.
               *[other] Ein Treffen braucht es nicht: nur eine einzige Frage per Mail; Sie antworten, wann es Ihnen passt.
            }
        }
        [referral] {""}
       *[other] { $anrede ->
                [du] Genau hier würde mir deine Erfahrung – { $expertise } – sehr helfen.{ shared-admired } Und was ich mir vorstelle, braucht gar kein Treffen: { $trial ->
                    [none] eine einzige schriftliche Frage; du antwortest, wann es dir passt
                   *[three-months] drei Monate lang { shared-rhythm }
                }. Die ganze Vorarbeit übernehme ich.
               *[other] { $tone ->
                    [formal] Bei dieser Frage würde mir Ihre Erfahrung – { $expertise } – sehr weiterhelfen.{ shared-admired } Was ich mir vorstelle, braucht kein Treffen: { $trial ->
                        [none] eine einzige schriftliche Frage; Sie antworten, wann es Ihnen passt
                       *[three-months] drei Monate lang { shared-rhythm }
                    }. Die gesamte Vorbereitung liegt bei mir.
                    [warm] Genau hier würde mir Ihre Erfahrung – { $expertise } – sehr helfen.{ shared-admired } Und was ich mir vorstelle, braucht gar kein Treffen: { $trial ->
                        [none] eine einzige schriftliche Frage; Sie antworten, wann es Ihnen passt
                       *[three-months] drei Monate lang { shared-rhythm }
                    }. Die ganze Vorarbeit übernehme ich.
                   *[concise] Ihre Erfahrung – { $expertise } – würde mir dabei sehr helfen.{ shared-admired } Ein Treffen braucht es nicht: { $trial ->
                        [none] eine einzige schriftliche Frage; Sie antworten, wann es Ihnen passt
                       *[three-months] drei Monate lang { shared-rhythm }
                    }. Die Vorbereitung übernehme ich.
                }
            }
    }
request-async-attached = { $firstResponse ->
        [no-time] {""}
        [referral] {""}
       *[other] { $anrede ->
                [du] Ich habe dir eine einseitige Zusammenfassung der ersten Entscheidung angehängt.
               *[other] { $tone ->
                    [formal] Eine einseitige Zusammenfassung der ersten Entscheidung finden Sie im Anhang.
                    [warm] Ich habe Ihnen eine einseitige Zusammenfassung der ersten Entscheidung angehängt.
                   *[concise] Die erste Frage finden Sie auf der angehängten Seite.
                }
            }
    }
# $first: „this-week“, wenn der One-Pager anhängt, sonst „when-ready“.
request-async-close = { $firstResponse ->
        [no-time] { $anrede ->
            [du] { $tone ->
                [formal] Wenn es dir recht ist, schicke ich dir die Frage, sobald die Entscheidung ansteht.
                [warm] Wenn das für dich passt, schicke ich dir die Frage, sobald die Entscheidung ansteht.
               *[concise] Die Frage kommt, sobald die Entscheidung ansteht.
            }
           *[other] { $tone ->
                [formal] Wenn Ihnen das recht ist, schicke ich Ihnen die Frage, sobald die Entscheidung ansteht.
               *[other] Wenn das für Sie passt, schicke ich Ihnen die Frage, sobald die Entscheidung ansteht.
            }
        }
        [referral] {""}
       *[other] { $anrede ->
                [du] Wenn das für dich passt, schicke ich dir die erste Frage{ $first ->
                    [this-week] {" "}noch diese Woche
                   *[when-ready] , sobald eine Entscheidung ansteht
                }.
               *[other] { $tone ->
                    [formal] Wenn Ihnen das recht ist, schicke ich Ihnen die erste Frage{ $first ->
                        [this-week] {" "}noch diese Woche
                       *[when-ready] , sobald eine Entscheidung ansteht
                    }.
                    [warm] Wenn das für Sie passt, schicke ich Ihnen die erste Frage{ $first ->
                        [this-week] {" "}noch diese Woche
                       *[when-ready] , sobald eine Entscheidung ansteht
                    }.
                   *[concise] Wenn Sie einverstanden sind, schicke ich Ihnen die erste Frage{ $first ->
                        [this-week] {" "}noch diese Woche
                       *[when-ready] , sobald eine Entscheidung ansteht
                    }.
                }
            }
    }

## Die Form mit Termin: ein kurzes Zeitfenster

request-meeting-ask = { $firstResponse ->
        [referral] {""}
       *[other] { $anrede ->
                [du] { $tone ->
                    [formal] Ich würde dich gern um { $minutes } Minuten bitten, um deine Einschätzung zu einer Frage zu hören. { shared-about-challenge }
                    [warm] Hättest du { $minutes } Minuten für mich, um mir deine Einschätzung zu einer Frage zu geben? { shared-about-challenge }
                   *[concise] Hast du { $minutes } Minuten für eine Frage? { shared-about-challenge }
                }
               *[other] { $tone ->
                    [formal] Ich möchte Sie um { $minutes } Minuten Ihrer Zeit bitten, um Ihre Einschätzung zu einer Frage zu hören. { shared-about-challenge }
                    [warm] Hätten Sie { $minutes } Minuten für mich, um mir Ihre Einschätzung zu einer Frage zu geben? { shared-about-challenge }
                   *[concise] Hätten Sie { $minutes } Minuten für Ihre Einschätzung zu einer Frage? { shared-about-challenge }
                }
            }
    }
request-meeting-why-you = { $firstResponse ->
        [referral] {""}
       *[other] { $offer ->
                [yes] { $anrede ->
                    [du] Genau hier würde mir deine Erfahrung – { $expertise } – sehr helfen.{ shared-admired } Die ganze Vorarbeit übernehme ich.
                   *[other] { $tone ->
                        [formal] Bei dieser Frage würde mir Ihre Erfahrung – { $expertise } – sehr weiterhelfen; die gesamte Vorbereitung liegt bei mir.{ shared-admired }
                        [warm] Genau hier würde mir Ihre Erfahrung – { $expertise } – sehr helfen.{ shared-admired } Die ganze Vorarbeit übernehme ich.
                       *[concise] Ihre Erfahrung – { $expertise } – würde mir dabei sehr helfen; die Vorbereitung übernehme ich.{ shared-admired }
                    }
                }
               *[other] { $anrede ->
                    [du] Genau hier würde mir deine Erfahrung – { $expertise } – sehr helfen.{ shared-admired } Ich hätte einen kleinen, zeitlich klar begrenzten Vorschlag, wie du helfen könntest; die ganze Vorarbeit übernehme ich.
                   *[other] { $tone ->
                        [formal] Bei dieser Frage würde mir Ihre Erfahrung – { $expertise } – sehr weiterhelfen.{ shared-admired } Ich möchte Ihnen einen kleinen, zeitlich klar begrenzten Vorschlag machen; die gesamte Vorbereitung liegt bei mir.
                        [warm] Genau hier würde mir Ihre Erfahrung – { $expertise } – sehr helfen.{ shared-admired } Ich hätte einen kleinen, zeitlich klar begrenzten Vorschlag, wie Sie helfen könnten; die ganze Vorarbeit übernehme ich.
                       *[concise] Ihre Erfahrung – { $expertise } – würde mir dabei sehr helfen.{ shared-admired } Mein Vorschlag ist klein und zeitlich begrenzt; die Vorbereitung übernehme ich.
                    }
                }
            }
    }
# In einer Hierarchie wählt die Person die Zeit.
request-meeting-slot-yours = { $firstResponse ->
        [referral] {""}
       *[other] { $anrede ->
                [du] Jede Zeit, die dir passt, passt auch mir.
               *[other] { $tone ->
                    [formal] Ich richte mich gern nach Ihrem Kalender, zu einer Zeit, die Ihnen passt.
                    [warm] Jede Zeit, die Ihnen passt, passt auch mir.
                   *[concise] Ich richte mich ganz nach Ihrem Kalender.
                }
            }
    }
# Nach einem Ja mit Grenzen: zugesagt ist schon, also wird das erste Mal vereinbart, zu ihrer Zeit.
request-meeting-slot-agreed = { $anrede ->
        [du] Wann passt es dir für das erste Mal? Ich richte mich nach deinem Kalender.
       *[other] { $tone ->
            [formal] Bitte lassen Sie mich wissen, wann Ihnen das erste Treffen passt; ich richte mich nach Ihrem Kalender.
            [warm] Wann würde es Ihnen für das erste Mal passen? Ich richte mich nach Ihrem Kalender.
           *[concise] Wann passt es Ihnen für das erste Mal?
        }
    }
request-meeting-slot = { $firstResponse ->
        [referral] {""}
       *[other] { $anrede ->
                [du] { $tone ->
                    [formal] Würde dir ein Termin in den nächsten zwei Wochen passen?
                    [warm] Passt dir ein Termin in den nächsten zwei Wochen?
                   *[concise] Nächste oder übernächste Woche?
                }
               *[other] { $tone ->
                    [concise] Passt Ihnen ein Termin in den nächsten zwei Wochen?
                   *[other] Würde ein Termin in den nächsten zwei Wochen passen?
                }
            }
    }

## Der letzte Satz der Nachricht

request-no-is-fine = { $firstResponse ->
        [referral] {""}
       *[other] { $anrede ->
                [du] { $tone ->
                    [formal] Wenn es dir gerade nicht möglich ist, verstehe ich das natürlich.
                    [warm] Und falls es nicht passt, ist das völlig in Ordnung.
                   *[concise] Passt es nicht, ist das auch okay.
                }
               *[other] { $tone ->
                    [formal] Sollte es Ihnen zeitlich nicht möglich sein, habe ich dafür selbstverständlich Verständnis.
                    [warm] Und falls es nicht passt, ist das völlig in Ordnung.
                   *[concise] Falls es nicht passt, ist das völlig in Ordnung.
                }
            }
    }

## Als Chatnachricht

# Was die Chat-Nachricht ist: nach einem Verweis der Dank oder die Frage, wen sie meinten ($same).
request-chat-same = { $same ->
        [thanks] Derselbe Dank, kürzer, ohne Bitte um Zeit.
        [who] Dieselbe Frage in einer Zeile.
       *[other] Dieselbe Bitte, kürzer.
    }
request-chat-note = { $messenger ->
        [none] { $app ->
            [whatsapp] Für WhatsApp, so wie man hier eine offene Tür nutzt: Schicken Sie diese Fassung statt der E-Mail, oder gehen Sie einfach vorbei. { request-chat-same }
           *[other] { $workplace ->
                [other] Für eine App, über die Sie beide schon schreiben (etwa WhatsApp oder LinkedIn), falls es eine gibt; der interne Chat Ihres Hauses erreicht niemanden außerhalb. { request-chat-same }
               *[same] { $chatApp ->
                    [whatsapp] Für WhatsApp oder den Chat Ihres Hauses, je nachdem, worüber Sie beide sonst schreiben. { request-chat-same }
                    [telegram] Für Telegram oder den Chat Ihres Hauses, je nachdem, worüber Sie beide sonst schreiben. { request-chat-same }
                    [viber] Für Viber oder den Chat Ihres Hauses, je nachdem, worüber Sie beide sonst schreiben. { request-chat-same }
                   *[other] Für Slack oder Teams, wenn Sie beide sonst so miteinander reden. { request-chat-same }
                }
            }
        }
       *[other] Für { $messenger ->
            [wechat] WeChat
            [wecom] WeCom
            [dingtalk] DingTalk
            [feishu] Feishu (Lark)
            [kakaotalk] KakaoTalk
            [line] LINE
            [telegram] Telegram
            [signal] Signal
           *[whatsapp] WhatsApp
        }, wo Sie sich melden sollten: Schicken Sie diese Fassung dorthin, nicht die E-Mail. { request-chat-same }
    }
# Im Chat ohne „Sehr geehrte“ und „Liebe“: „Guten Tag, Frau Meier,“ oder „Hallo Dana,“; $gender,
# $salutation und $fullName wie bei greeting-named (shared.ftl).
request-chat-hello-named = { $anrede ->
        [du] Hallo { $name },
       *[other] { $gender ->
            [frau] Guten Tag, { $salutation ->
                [frau] { $name }
               *[other] Frau { $name }
            },
            [herr] Guten Tag, { $salutation ->
                [herr] { $name }
               *[other] Herr { $name }
            },
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
request-chat-hello = { $anrede ->
        [du] Hallo,
       *[other] { $tone ->
            [formal] Guten Tag,
           *[other] { $hierarchy ->
                [hierarchical] Guten Tag,
               *[other] Hallo,
            }
        }
    }
# Im Chat nach einer Empfehlung an eine genannte Person. $door: introduce, wenn die Person vorab Bescheid gibt.
request-chat-referral-named = { $anrede ->
        [du] { $door ->
            [introduce] danke für deinen Tipp und dafür, dass du vorab Bescheid gibst; ich melde mich bei { DATIVE($referTo) }, sobald du das getan hast.
           *[other] danke für deinen Tipp; ich melde mich in den nächsten Tagen bei { DATIVE($referTo) }. { request-referral-mention }
        }
       *[other] { $door ->
            [introduce] vielen Dank für Ihren Rat und dafür, dass Sie vorab Bescheid geben; ich melde mich bei { DATIVE($referTo) }, sobald Sie das getan haben.
           *[other] vielen Dank für Ihren Rat; ich melde mich in den nächsten Tagen bei { DATIVE($referTo) }. { request-referral-mention }
        }
    }
request-chat-indirect = { $firstResponse ->
        [referral] { $anrede ->
            [du] { $referTo ->
                [none] danke für deinen Rat, mich an jemand anderen zu wenden; das mache ich. { request-referral-mention }
               *[other] { request-chat-referral-named }
            }
           *[other] { $referTo ->
                [none] vielen Dank für Ihren Rat, mich an jemand anderen zu wenden; das tue ich gern. { request-referral-mention }
               *[other] { request-chat-referral-named }
            }
        }
       *[other] { $firstResponse ->
                [declined] { $anrede ->
                    [du] du hast mir gesagt, dass du kein Mentoring übernehmen kannst, und das respektiere ich. Wenn es zeitlich passt, würde ich dich gern um deinen Rat zu einer einzigen Frage bitten: { NOM($challengeTopic) }. Darf ich dir vorab eine kurze Notiz dazu schicken?
                   *[other] Sie haben mir gesagt, dass Sie kein Mentoring übernehmen können, und das respektiere ich. Wenn es zeitlich passt, würde ich Sie gern um Ihren Rat zu einer einzigen Frage bitten: { NOM($challengeTopic) }. Darf ich Ihnen vorab eine kurze Notiz dazu schicken?
                }
               *[other] { $anrede ->
                    [du] wenn es zeitlich passt, würde ich gern deine Einschätzung zu einem Thema hören: { NOM($challengeTopic) }. Kein Stress; darf ich dir vorab eine kurze Notiz dazu schicken?
                   *[other] { $tone ->
                        [formal] wenn es zeitlich passt, würde ich Sie gern zu einem Thema um Rat bitten: { NOM($challengeTopic) }. Es eilt nicht; darf ich Ihnen vorab eine kurze Notiz dazu schicken?
                       *[other] wenn es zeitlich passt, würde ich gern Ihre Einschätzung zu einem Thema hören: { NOM($challengeTopic) }. Kein Stress; darf ich Ihnen vorab eine kurze Notiz dazu schicken?
                    }
                }
            }
    }
request-chat-async = { $firstResponse ->
        [referral] { $anrede ->
            [du] { $referTo ->
                [none] danke für deinen Rat, mich an jemand anderen zu wenden; das mache ich. { request-referral-mention }
               *[other] { request-chat-referral-named }
            }
           *[other] { $referTo ->
                [none] vielen Dank für Ihren Rat, mich an jemand anderen zu wenden; das tue ich gern. { request-referral-mention }
               *[other] { request-chat-referral-named }
            }
        }
       *[other] { $firstResponse ->
                [declined] { $anrede ->
                    [du] du hast mir gesagt, dass du kein Mentoring übernehmen kannst, und darum bitte ich auch nicht. Darf ich dir eine einzige schriftliche Frage schicken? { shared-about-challenge-topic } Bleibt es beim Nein, frage ich nicht wieder.
                   *[other] Sie haben mir gesagt, dass Sie kein Mentoring übernehmen können, und darum bitte ich auch nicht. Darf ich Ihnen eine einzige schriftliche Frage schicken? { shared-about-challenge-topic } Bleibt es beim Nein, frage ich nicht wieder.
                }
               *[other] { $anrede ->
                    [du] ich arbeite gerade an einem Vorhaben. { shared-about-challenge-topic } Darf ich dir eine kurze schriftliche Frage schicken, wenn eine Entscheidung deine Sicht braucht? Kein Treffen nötig; ein paar Zeilen zurück reichen völlig.
                   *[other] { $tone ->
                        [formal] ich arbeite derzeit an einem Vorhaben. { shared-about-challenge-topic } Darf ich Ihnen eine kurze schriftliche Frage schicken, wenn eine Entscheidung Ihre Sicht braucht? Ein Treffen ist nicht nötig; ein paar Zeilen zurück genügen.
                        [warm] ich arbeite gerade an einem Vorhaben. { shared-about-challenge-topic } Darf ich Ihnen eine kurze schriftliche Frage schicken, wenn eine Entscheidung Ihre Sicht braucht? Kein Treffen nötig; ein paar Zeilen zurück reichen völlig.
                       *[concise] ich arbeite gerade an einem Vorhaben. { shared-about-challenge-topic } Darf ich Ihnen eine kurze schriftliche Frage schicken, wenn eine Entscheidung Ihre Sicht braucht? Ein Treffen ist nicht nötig.
                    }
                }
            }
    }
request-chat-meeting = { $firstResponse ->
        [referral] { $anrede ->
            [du] { $referTo ->
                [none] danke für deinen Rat, mich an jemand anderen zu wenden; das mache ich. { request-referral-mention }
               *[other] { request-chat-referral-named }
            }
           *[other] { $referTo ->
                [none] vielen Dank für Ihren Rat, mich an jemand anderen zu wenden; das tue ich gern. { request-referral-mention }
               *[other] { request-chat-referral-named }
            }
        }
       *[other] { $firstResponse ->
                [declined] { $anrede ->
                    [du] du hast mir gesagt, dass du kein Mentoring übernehmen kannst, und darum bitte ich auch nicht. Hättest du in den nächsten zwei Wochen { $minutes } Minuten für eine einzige Frage? { shared-about-challenge-topic } Bleibt es beim Nein, frage ich nicht wieder.
                   *[other] Sie haben mir gesagt, dass Sie kein Mentoring übernehmen können, und darum bitte ich auch nicht. Hätten Sie in den nächsten zwei Wochen { $minutes } Minuten für eine einzige Frage? { shared-about-challenge-topic } Bleibt es beim Nein, frage ich nicht wieder.
                }
               *[other] { $anrede ->
                    [du] hättest du in den nächsten zwei Wochen { $minutes } Minuten für deine Einschätzung? { shared-about-challenge-topic } Ich halte es knapp und schicke vorab eine einseitige Zusammenfassung.
                   *[other] { $tone ->
                        [formal] hätten Sie in den nächsten zwei Wochen { $minutes } Minuten für Ihre Einschätzung? { shared-about-challenge-topic } Ich halte es kurz und schicke vorab eine einseitige Zusammenfassung.
                        [warm] hätten Sie in den nächsten zwei Wochen { $minutes } Minuten für Ihre Einschätzung? { shared-about-challenge-topic } Ich halte es knapp und schicke vorab eine einseitige Zusammenfassung.
                       *[concise] hätten Sie in den nächsten zwei Wochen { $minutes } Minuten für Ihre Einschätzung? { shared-about-challenge-topic } Eine einseitige Zusammenfassung schicke ich vorab.
                    }
                }
            }
    }

request-since-yes-with-limits-offered = { $anrede ->
        [du] Du hattest mir angeboten: „{ $offered }“. Dieses Angebot nehme ich sehr gern an.
       *[other] Sie hatten mir angeboten: „{ $offered }“. Dieses Angebot nehme ich sehr gern an.
    }
# $written: yes, wenn nur Schriftliches angeboten wurde (Antworten per Nachricht, keine Treffen): so benannt, nie „Zeit“.
request-since-yes-with-limits = { $written ->
        [yes] { $anrede ->
            [du] Du hast angeboten, meine Fragen schriftlich zu beantworten, und genau das möchte ich gern annehmen: ab und zu eine schriftliche Frage, mehr nicht.
           *[other] Sie haben angeboten, meine Fragen schriftlich zu beantworten, und genau das möchte ich gern annehmen: ab und zu eine schriftliche Frage, mehr nicht.
        }
       *[other] { $anrede ->
            [du] Du hast mir etwas Zeit in klaren Grenzen angeboten, und genau das möchte ich gern annehmen, und nicht mehr.
           *[other] Sie haben mir etwas Zeit in klaren Grenzen angeboten, und genau das möchte ich gern annehmen, und nicht mehr.
        }
    }
# Deutsch sagt die Grenzen nicht in den englischen Worten des Profils zurück ($limits bleibt ungenutzt).
request-since-yes-with-limits-said = { $written ->
        [yes] { $anrede ->
            [du] Du hast angeboten, meine Fragen schriftlich zu beantworten, und genau das möchte ich gern annehmen: ab und zu eine schriftliche Frage, mehr nicht.
           *[other] Sie haben angeboten, meine Fragen schriftlich zu beantworten, und genau das möchte ich gern annehmen: ab und zu eine schriftliche Frage, mehr nicht.
        }
       *[other] { $anrede ->
            [du] Du hast mir etwas Zeit in klaren Grenzen angeboten, und genau das möchte ich gern annehmen, und nicht mehr.
           *[other] Sie haben mir etwas Zeit in klaren Grenzen angeboten, und genau das möchte ich gern annehmen, und nicht mehr.
        }
    }
# Ob die Person gesagt hat, man solle sich auf sie berufen („sagen Sie, ich hab Sie geschickt“): dann wird es gesagt, nicht erfragt. $sentYou: yes oder no.
request-referral-mention = { $sentYou ->
        [yes] { $anrede ->
            [du] Wie du gesagt hast, sage ich dabei, dass der Tipp von dir kommt.
           *[other] Wie Sie gesagt haben, erwähne ich dabei, dass ich auf Ihre Empfehlung komme.
        }
       *[other] { $anrede ->
            [du] Darf ich dabei sagen, dass der Tipp von dir kommt?
           *[other] Darf ich dabei erwähnen, dass die Empfehlung von Ihnen kommt?
        }
    }
# $met: him, her oder them, wenn sie Sie zuerst zu dieser Person geschickt haben („erst X, dann kommen Sie
# wieder“): Diese Nachricht geht nach dem Treffen; sonst no. $door: introduce, wenn die Person gesagt hat,
# sie sage der genannten Person zuerst Bescheid (man wartet auf ihr Wort); sonst ask, sent oder first.
request-since-referral-named = { $met ->
        [no] { $door ->
            [introduce] { $anrede ->
                [du] Danke für den Tipp mit { DATIVE($referTo) }, und danke, dass du vorab Bescheid gibst. Ich melde mich, sobald du das getan hast, und erzähle dir, wie es gelaufen ist.
               *[other] { $tone ->
                    [formal] Vielen Dank für Ihren Rat, mit { DATIVE($referTo) } zu sprechen, und dafür, dass Sie vorab Bescheid geben. Ich melde mich, sobald Sie das getan haben, und berichte Ihnen, wie es gelaufen ist.
                    [warm] Ganz herzlichen Dank für Ihren Rat, mit { DATIVE($referTo) } zu sprechen, und dafür, dass Sie vorab Bescheid geben. Ich melde mich, sobald Sie das getan haben, und erzähle Ihnen, wie es gelaufen ist.
                   *[concise] Danke für Ihren Rat und dafür, dass Sie vorab Bescheid geben; ich melde mich bei { DATIVE($referTo) }, sobald Sie das getan haben.
                }
            }
           *[other] { $anrede ->
            [du] Danke, dass du mir geraten hast, mit { DATIVE($referTo) } zu sprechen. Das mache ich gern und melde mich in den nächsten Tagen. { request-referral-mention } Und wenn du vorab kurz ein Wort weitergeben magst, freue ich mich; nötig ist das nicht.
           *[other] { $tone ->
                [formal] Vielen Dank für Ihre Rückmeldung und Ihren Rat. Ich werde mich in den nächsten Tagen bei { DATIVE($referTo) } melden, wie Sie es vorgeschlagen haben. { $sentYou ->
                    [yes] { request-referral-mention }
                   *[other] Darf ich dabei erwähnen, dass ich auf Ihre Empfehlung komme?
                } Sollten Sie vorab ein kurzes Wort weitergeben wollen, wäre ich Ihnen dankbar; erforderlich ist es nicht.
                [warm] Ganz herzlichen Dank für Ihren Rat, mit { DATIVE($referTo) } zu sprechen. Das tue ich gern und melde mich in den nächsten Tagen. { request-referral-mention } Und falls Sie vorab kurz ein Wort weitergeben möchten, freue ich mich sehr; nötig ist es nicht.
               *[concise] Danke für Ihren Rat; ich melde mich in den nächsten Tagen bei { DATIVE($referTo) }. { request-referral-mention }
            }
        }
        }
       *[other] { $anrede ->
            [du] Wie von dir vorgeschlagen, habe ich zuerst mit { DATIVE($referTo) } gesprochen. Eine Frage bleibt, die nur du beantworten kannst.
           *[other] Wie von Ihnen vorgeschlagen, habe ich zuerst mit { DATIVE($referTo) } gesprochen. Eine Frage bleibt, die nur Sie beantworten können.
        }
    }
request-since-referral = { $anrede ->
        [du] Danke, dass du mir geraten hast, mit jemand anderem zu sprechen. Das mache ich gern. { request-referral-mention } Und wenn du vorab kurz ein Wort weitergeben magst, freue ich mich; nötig ist das nicht.
       *[other] { $tone ->
            [formal] Vielen Dank für Ihre Rückmeldung und Ihren Rat, mich an jemand anderen zu wenden; das werde ich tun. { $sentYou ->
                [yes] { request-referral-mention }
               *[other] Darf ich dabei erwähnen, dass ich auf Ihre Empfehlung komme?
            } Sollten Sie vorab ein kurzes Wort weitergeben wollen, wäre ich Ihnen dankbar; erforderlich ist es nicht.
            [warm] Ganz herzlichen Dank für Ihren Rat, mit jemand anderem zu sprechen. Das tue ich gern. { request-referral-mention } Und falls Sie vorab kurz ein Wort weitergeben möchten, freue ich mich sehr; nötig ist es nicht.
           *[concise] Danke für Ihren Rat; ich wende mich an die Person, die Sie meinen. { request-referral-mention }
        }
    }
# Nach einem Ja mit Grenzen ist das Angebot zugesagt: angenommen und das erste Mal vereinbart, nicht neu erbeten.
request-chat-offered = { $firstResponse ->
        [yes-with-limits] { $anrede ->
            [du] ich nehme dein Angebot gern an („{ $offered }“). { shared-about-challenge-topic } Wann passt es dir für das erste Mal? Vorab schicke ich eine einseitige Zusammenfassung.
           *[other] ich nehme Ihr Angebot gern an („{ $offered }“). { shared-about-challenge-topic } Wann passt es Ihnen für das erste Mal? Vorab schicke ich eine einseitige Zusammenfassung.
        }
       *[other] { $anrede ->
            [du] darf ich dein Angebot annehmen („{ $offered }“)? Ich würde gern deine Einschätzung zu einem Thema hören: { NOM($challengeTopic) }. Vorab schicke ich eine einseitige Zusammenfassung.
           *[other] darf ich Ihr Angebot annehmen („{ $offered }“)? Ich würde gern Ihre Einschätzung zu einem Thema hören: { NOM($challengeTopic) }. Vorab schicke ich eine einseitige Zusammenfassung.
        }
    }

## Die erste Notiz: Die Person hat angeboten, schriftlich zu antworten; es wird nichts neu erbeten

request-note-first-note = { $asked ->
        [own] Sie haben sich für den schriftlichen Weg entschieden: Dies ist keine Bitte um einen Termin oder um Zeit, sondern die erste Notiz selbst, die Frage mit Ihren Optionen und Ihrer Empfehlung. Schicken Sie sie, wenn eine echte Entscheidung ansteht, mit ausgefüllten Klammern{ $documents ->
            [none] {""}; alles steht in der Nachricht selbst, da keine Unterlagen gewünscht sind.
           *[other] {""} und dem One-Pager im Anhang.
        }
        [yes] { leader-named-start } hat zuerst um etwas Kurzes in schriftlicher Form gebeten: Dies ist keine Bitte um einen Termin, sondern genau diese Notiz. Schicken Sie sie innerhalb der Woche, mit ausgefüllten Klammern; nichts im Anhang, und kein Termin, bevor die Antwort da ist.
       *[other] { leader-named-start } hat schon zugesagt, schriftlich zu antworten: Dies ist keine Bitte mehr, sondern die erste Notiz selbst. Schicken Sie sie, wenn eine echte Entscheidung ansteht, nicht vorher, mit ausgefüllten Klammern; kein One-Pager, kein Termin, keine neue Bitte.
    }
request-subject-first-note = { $asked ->
        [own] { $anrede ->
            [du] Deine Sicht auf eine Entscheidung: *(in wenigen Worten)*
           *[other] { $tone ->
                [concise] Entscheidung: *(in wenigen Worten)*
               *[other] Ihre Sicht auf eine Entscheidung: *(in wenigen Worten)*
            }
        }
        [yes] { $anrede ->
            [du] Schriftlich, wie du es wolltest: *(die Entscheidung, in wenigen Worten)*
           *[other] { $tone ->
                [formal] Wie erbeten, schriftlich: *(die Entscheidung, in wenigen Worten)*
                [warm] Schriftlich, wie Sie es wollten: *(die Entscheidung, in wenigen Worten)*
               *[concise] Entscheidung: *(in wenigen Worten)*
            }
        }
       *[other] { $anrede ->
            [du] Eine Entscheidung, wie du es angeboten hast: *(in wenigen Worten)*
           *[other] { $tone ->
                [formal] Eine erste Entscheidung, wie angeboten: *(in wenigen Worten)*
                [warm] Eine Entscheidung, wie Sie es angeboten haben: *(in wenigen Worten)*
               *[concise] Entscheidung: *(in wenigen Worten)*
            }
        }
    }
request-first-note-asked = { $anrede ->
        [du] Wie du es wolltest, hier schriftlich und kurz: eine Entscheidung zu diesem Thema: { NOM($challengeTopic) }.
       *[other] { $tone ->
            [formal] Wie von Ihnen erbeten, hier schriftlich und kurz: eine Entscheidung zu diesem Thema: { NOM($challengeTopic) }.
            [warm] Wie Sie es wollten, hier schriftlich und kurz: eine Entscheidung zu diesem Thema: { NOM($challengeTopic) }.
           *[concise] Wie erbeten, schriftlich und kurz. Thema: { NOM($challengeTopic) }.
        }
    }
request-first-note-own = { $anrede ->
        [du] Mir wäre deine Sicht auf eine Entscheidung wichtig. { shared-about-challenge-topic }{ shared-admired } Ich habe die Entscheidung mit meinen Optionen und meiner Empfehlung aufgeschrieben, damit du antworten kannst, wann es dir passt.
       *[other] { $tone ->
            [concise] Ich bitte Sie um Ihre Sicht auf eine Entscheidung, schriftlich, damit Sie antworten können, wann es Ihnen passt. { shared-about-challenge-topic }{ shared-admired }
           *[other] Mir wäre Ihre Sicht auf eine Entscheidung wichtig. { shared-about-challenge-topic }{ shared-admired } Ich habe die Entscheidung mit meinen Optionen und meiner Empfehlung aufgeschrieben, damit Sie antworten können, wann es Ihnen passt.
        }
    }
request-first-note-opening = { $anrede ->
        [du] Du hast mir angeboten: „{ $offered }“. Hier ist also die erste Frage, zu diesem Thema: { NOM($challengeTopic) }.
       *[other] { $tone ->
            [formal] Sie haben mir freundlicherweise angeboten: „{ $offered }“. Hier ist die erste Frage, zu diesem Thema: { NOM($challengeTopic) }.
            [warm] Sie haben mir angeboten: „{ $offered }“. Hier ist also die erste Frage, zu diesem Thema: { NOM($challengeTopic) }.
           *[concise] Sie haben angeboten: „{ $offered }“. Hier die erste Frage. Thema: { NOM($challengeTopic) }.
        }
    }
request-first-note-decision = { $anrede ->
        [du] 
        {"**"}Die Entscheidung:** *(ein Satz: was zu entscheiden ist, und bis wann)*

        {"**"}Optionen:** *(zwei oder drei, jeweils mit dem wichtigsten Zielkonflikt)*

        {"**"}Meine Empfehlung:** *(welche Option, und der eine Grund, der am meisten zählt)*

        {"**"}Was ich gern von dir hätte:** deine Sicht darauf, { $question }.
       *[other] 
        {"**"}Die Entscheidung:** *(ein Satz: was zu entscheiden ist, und bis wann)*

        {"**"}Optionen:** *(zwei oder drei, jeweils mit dem wichtigsten Zielkonflikt)*

        {"**"}Meine Empfehlung:** *(welche Option, und der eine Grund, der am meisten zählt)*

        {"**"}Was ich gern von Ihnen hätte:** Ihre Sicht darauf, { $question }.
    }
request-first-note-default = { $anrede ->
        [du] Entscheiden muss ich bis *(Datum)*. Hättest du bis dahin Zeit für einen kurzen Blick darauf?
       *[other] { $tone ->
            [formal] Ich muss bis *(Datum)* entscheiden. Wäre es Ihnen möglich, mir bis dahin Ihre Einschätzung zu geben?
            [warm] Entscheiden muss ich bis *(Datum)*. Hätten Sie bis dahin Zeit für einen kurzen Blick darauf?
           *[concise] Ich entscheide bis *(Datum)*. Könnten Sie mir bis dahin Ihre Einschätzung geben?
        }
    }
# „Ich antworte, wenn ich Zeit habe“: keine Frist für sie, die Entscheidung, die ohne Antwort gilt. $pick: named („(B)“) oder die Empfehlung.
request-first-note-no-rush = { $anrede ->
        [du] Keine Eile: Ich entscheide bis *(Datum)*; wenn es dir nicht passt, nehme ich { $pick ->
            [named] *(B)*
           *[other] meine Empfehlung
        } und erzähle dir, wie es gelaufen ist.
       *[other] { $tone ->
            [formal] Es eilt nicht: Ich muss bis *(Datum)* entscheiden. Wenn es Ihnen bis dahin nicht passt, entscheide ich mich für { $pick ->
                [named] *(B)*
               *[other] meine Empfehlung
            } und berichte Ihnen, wie es gelaufen ist.
           *[other] Keine Eile: Ich entscheide bis *(Datum)*; wenn es Ihnen nicht passt, nehme ich { $pick ->
                [named] *(B)*
               *[other] meine Empfehlung
            } und erzähle Ihnen, wie es gelaufen ist.
        }
    }
request-chat-first-note = { $asked ->
        [own] { $anrede ->
            [du] eine Entscheidung, zu der mir deine Sicht wichtig wäre: *(die Entscheidung)*. Optionen: *(A)* oder *(B)*; ich würde *(B)* nehmen, weil *(der eine Grund)*. Ich muss bis *(Datum)* entscheiden; wie siehst du das?
           *[other] eine Entscheidung, zu der mir Ihre Sicht wichtig wäre: *(die Entscheidung)*. Die Optionen sind *(A)* und *(B)*; ich empfehle *(B)*, weil *(der eine Grund)*. Ich muss bis *(Datum)* entscheiden; wie sehen Sie das?
        }
        [yes] { $anrede ->
            [du] wie gewünscht, kurz und schriftlich: eine Entscheidung, bei der ich feststecke: *(die Entscheidung)*. Optionen: *(A)* oder *(B)*; ich würde *(B)* nehmen, weil *(der eine Grund)*. Ich muss bis *(Datum)* entscheiden; wie siehst du das?
           *[other] wie gewünscht, kurz und schriftlich: eine Entscheidung, zu der mir Ihre Sicht wichtig wäre: *(die Entscheidung)*. Optionen: *(A)* oder *(B)*; ich würde *(B)* nehmen, weil *(der eine Grund)*. Ich muss bis *(Datum)* entscheiden; wie sehen Sie das?
        }
       *[other] { $anrede ->
        [du] wie angeboten, hier eine Entscheidung, bei der ich feststecke: *(die Entscheidung)*. Optionen: *(A)* oder *(B)*; ich würde *(B)* nehmen, weil *(der eine Grund)*. Ich muss bis *(Datum)* entscheiden; wie siehst du das?
       *[other] { $tone ->
            [formal] wie angeboten, eine Entscheidung, zu der mir Ihre Sicht wichtig wäre: *(die Entscheidung)*. Die Optionen sind *(A)* und *(B)*; ich empfehle *(B)*, weil *(der eine Grund)*. Ich muss bis *(Datum)* entscheiden; wäre es Ihnen möglich, mir bis dahin Ihre Einschätzung zu geben?
            [warm] wie angeboten, hier eine Entscheidung, bei der ich feststecke: *(die Entscheidung)*. Optionen: *(A)* oder *(B)*; ich würde *(B)* nehmen, weil *(der eine Grund)*. Ich muss bis *(Datum)* entscheiden; wie sehen Sie das?
           *[concise] wie angeboten, eine Entscheidung: *(die Entscheidung)*. *(A)* oder *(B)*; ich nehme *(B)*, weil *(Grund)*. Ich entscheide bis *(Datum)*; wie sehen Sie das?
        }
        }
    }

# Die Chat-Notiz ohne Frist, für request-first-note-no-rush danach.
request-chat-first-note-open = { $asked ->
        [yes] { $anrede ->
            [du] wie gewünscht, kurz und schriftlich: eine Entscheidung, bei der ich feststecke: *(die Entscheidung)*. Optionen: *(A)* oder *(B)*; ich würde *(B)* nehmen, weil *(der eine Grund)*.
           *[other] wie gewünscht, kurz und schriftlich: eine Entscheidung, zu der mir Ihre Sicht wichtig wäre: *(die Entscheidung)*. Optionen: *(A)* oder *(B)*; ich würde *(B)* nehmen, weil *(der eine Grund)*.
        }
       *[other] { $anrede ->
        [du] wie angeboten, hier eine Entscheidung, bei der ich feststecke: *(die Entscheidung)*. Optionen: *(A)* oder *(B)*; ich würde *(B)* nehmen, weil *(der eine Grund)*.
       *[other] { $tone ->
            [formal] wie angeboten, eine Entscheidung, zu der mir Ihre Sicht wichtig wäre: *(die Entscheidung)*. Die Optionen sind *(A)* und *(B)*; ich empfehle *(B)*, weil *(der eine Grund)*.
            [warm] wie angeboten, hier eine Entscheidung, bei der ich feststecke: *(die Entscheidung)*. Optionen: *(A)* oder *(B)*; ich würde *(B)* nehmen, weil *(der eine Grund)*.
           *[concise] wie angeboten, eine Entscheidung: *(die Entscheidung)*. *(A)* oder *(B)*; ich nehme *(B)*, weil *(Grund)*.
        }
        }
    }
## Ein "nicht jetzt" mit einem Angebot: Sie kommen mit genau diesem Angebot zurück

request-since-not-now-offered = { $anrede ->
        [du] { $after ->
            [none] Letztes Mal meintest du, wir sollten das später aufgreifen, und du hast mir etwas angeboten: „{ $offered }“. Genau das würde ich sehr gern annehmen, mehr nicht.
           *[other] Du hattest vorgeschlagen, dass ich mich später noch einmal melde ({ QUOTED($after) }), und mir etwas angeboten: „{ $offered }“. Genau das würde ich sehr gern annehmen, mehr nicht.
        }
       *[other] { $after ->
            [none] { $tone ->
                [formal] Bei unserem letzten Gespräch haben Sie vorgeschlagen, später darauf zurückzukommen, und mir freundlicherweise etwas angeboten: „{ $offered }“. Genau dieses Angebot würde ich gern annehmen, mehr nicht.
                [warm] Letztes Mal meinten Sie, wir sollten das später aufgreifen, und Sie haben mir etwas angeboten: „{ $offered }“. Genau das würde ich sehr gern annehmen, mehr nicht.
               *[concise] Sie hatten vorgeschlagen, später darauf zurückzukommen, und mir etwas angeboten: „{ $offered }“. Genau darum bitte ich, mehr nicht.
            }
           *[other] { $tone ->
                [formal] Sie hatten vorgeschlagen, dass ich mich später wieder melde ({ QUOTED($after) }), und mir freundlicherweise etwas angeboten: „{ $offered }“. Genau dieses Angebot würde ich gern annehmen, mehr nicht.
                [warm] Sie hatten vorgeschlagen, dass ich mich später noch einmal melde ({ QUOTED($after) }), und mir etwas angeboten: „{ $offered }“. Genau das würde ich sehr gern annehmen, mehr nicht.
               *[concise] Sie hatten vorgeschlagen, dass ich mich später wieder melde ({ QUOTED($after) }), und mir etwas angeboten: „{ $offered }“. Genau darum bitte ich, mehr nicht.
            }
        }
    }
request-meeting-ask-offered = { $anrede ->
        [du] Deine Einschätzung zu einer Frage wäre mir sehr wertvoll. { shared-about-challenge-topic }
       *[other] { $tone ->
            [formal] Ich würde gern Ihre Einschätzung zu einer Frage hören. { shared-about-challenge-topic }
            [warm] Ihre Einschätzung zu einer Frage wäre mir sehr wertvoll. { shared-about-challenge-topic }
           *[concise] Mich interessiert Ihre Einschätzung zu einer Frage. { shared-about-challenge-topic }
        }
    }
request-indirect-why-you-offered = { $anrede ->
        [du] Ich arbeite gerade an einem Vorhaben, bei dem mir deine Sicht noch fehlt: { NOM($challengeTopic) }. Deine Erfahrung – { $expertise } – würde mir genau hier sehr helfen. Ich bringe eine einzige, gut vorbereitete Entscheidung mit, damit wir dabei bleiben können.
       *[other] { $tone ->
            [formal] Mich beschäftigt derzeit folgendes Vorhaben: { NOM($challengeTopic) }. Ihre Erfahrung – { $expertise } – ist genau die Perspektive, die mir dabei fehlt. Ich bringe eine einzige, vorbereitete Entscheidung mit, damit das Gespräch dabei bleibt.
            [warm] Ich arbeite gerade an einem Vorhaben, bei dem mir Ihre Sicht noch fehlt: { NOM($challengeTopic) }. Ihre Erfahrung – { $expertise } – würde mir genau hier sehr helfen. Ich bringe eine einzige, gut vorbereitete Entscheidung mit, damit wir dabei bleiben können.
           *[concise] Ich arbeite an folgendem Vorhaben: { NOM($challengeTopic) }. Ihre Erfahrung – { $expertise } – würde mir dabei sehr helfen. Ich bringe eine vorbereitete Entscheidung mit.
        }
    }
request-indirect-close-offered = { $anrede ->
        [du] Ich nehme dein Angebot sehr gern an, wann immer es dir passt.
       *[other] { $tone ->
            [formal] Ich nehme Ihr Angebot gern an, wann immer es Ihnen passt.
            [warm] Ich nehme Ihr Angebot sehr gern an, wann immer es Ihnen passt.
           *[concise] Ich nehme Ihr Angebot gern an, wann immer es Ihnen passt.
        }
    }
# Nach einem Ja mit Grenzen: zugesagt ist schon, also wird das erste Mal vereinbart, zu ihrer Zeit.
request-indirect-close-agreed = { $anrede ->
        [du] Ich nehme dein Angebot sehr gern an, wann immer es dir passt; für das erste Mal richte ich mich ganz nach deinem Kalender.
       *[other] { $tone ->
            [formal] Ich nehme Ihr Angebot gern an, wann immer es Ihnen passt; für das erste Mal richte ich mich ganz nach Ihrem Kalender.
            [warm] Ich nehme Ihr Angebot sehr gern an, wann immer es Ihnen passt; für das erste Mal richte ich mich ganz nach Ihrem Kalender.
           *[concise] Ich nehme Ihr Angebot gern an; für das erste Mal richte ich mich nach Ihrem Kalender.
        }
    }
request-subject-lead-offered = { $anrede ->
        [du] Zu deinem Angebot
       *[other] { $tone ->
            [formal] Zu Ihrem freundlichen Angebot
            [warm] Gern zu Ihrem Angebot
           *[concise] Zu Ihrem Angebot
        }
    }
request-subject-offered = { SUBJECT(request-subject-lead-offered, $topic) }

## Was angeboten wurde, bestimmt die Nachricht (issue 21): ein informelles Angebot oder ein Blick auf ein Dokument

request-offer-document = { $document ->
        [design-doc] Design-Dokument
        [rfc] RFC
        [adr] ADR
        [draft] Entwurf
        [proposal] Konzept
       *[document] Dokument
    }
request-note-informal = Das Angebot ist informell, also ist es die Nachricht auch: worüber Sie sprechen möchten, das Angebot so, wie { leader-named } es formuliert hat, und den Zeitpunkt überlassen Sie { leader-pronoun-dative }. Keine Dauer, keine Agenda, kein One-Pager.
request-since-offer-informal = { $anrede ->
        [du] { $notNow ->
            [yes] Letztes Mal meintest du, wir sollten das später aufgreifen, und du hast mir angeboten: „{ $offered }“. Genau das würde ich sehr gern annehmen, mehr nicht.
           *[no] Du hast mir angeboten: „{ $offered }“. Genau das würde ich sehr gern annehmen, mehr nicht.
        }
       *[other] { $notNow ->
            [yes] { $tone ->
                [formal] Bei unserem letzten Gespräch haben Sie vorgeschlagen, später darauf zurückzukommen, und mir freundlicherweise angeboten: „{ $offered }“. Nur dieses Angebot würde ich gern annehmen.
                [warm] Letztes Mal meinten Sie, wir sollten das später aufgreifen, und Sie haben mir angeboten: „{ $offered }“. Genau das würde ich sehr gern annehmen, mehr nicht.
               *[concise] Sie hatten vorgeschlagen, später darauf zurückzukommen, und mir angeboten: „{ $offered }“. Genau darum bitte ich, mehr nicht.
            }
           *[no] { $tone ->
                [formal] Sie haben mir freundlicherweise angeboten: „{ $offered }“. Nur dieses Angebot würde ich gern annehmen.
                [warm] Sie haben mir angeboten: „{ $offered }“. Genau das würde ich sehr gern annehmen, mehr nicht.
               *[concise] Sie haben mir angeboten: „{ $offered }“. Genau darum bitte ich, mehr nicht.
            }
        }
    }
request-informal-body = { $anrede ->
        [du] Vorzubereiten gibt es nichts, eine Agenda braucht es auch nicht: Ich bringe einfach eine Frage mit.
       *[other] { $tone ->
            [formal] Vorzubereiten gibt es für Sie nichts, und eine Agenda braucht es nicht; ich bringe eine einzige Frage mit.
            [warm] Vorzubereiten gibt es nichts, eine Agenda braucht es auch nicht: Ich bringe einfach eine Frage mit.
           *[concise] Keine Agenda, nichts vorzubereiten: Ich bringe eine Frage mit.
        }
    }
# $first, $second: zwei vorgeschlagene Tage, wenn die Person die Zeit offen ließ („irgendwann freitags“), sonst none.
request-informal-when = { $anrede ->
        [du] { $place ->
            [none] { $first ->
                [none] Wann immer es dir passt; einen Termin braucht es nicht.
               *[other] Würde dir { $first } oder { $second } passen? Sonst richte ich mich ganz nach dir.
            }
           *[other] Vielleicht beim nächsten Mal, wenn du in { $place } bist?
        }
       *[other] { $place ->
            [none] { $first ->
                [none] { $tone ->
                    [formal] Wann immer es Ihnen passt; einen Termin braucht es dafür nicht.
                   *[other] Wann immer es Ihnen passt; einen Termin braucht es nicht.
                }
               *[other] Würde Ihnen { $first } oder { $second } passen? Sonst richte ich mich ganz nach Ihnen.
            }
           *[other] { $tone ->
                [formal] Vielleicht, wenn Sie das nächste Mal in { $place } sind, falls Ihnen das passt.
               *[other] Vielleicht beim nächsten Mal, wenn Sie in { $place } sind?
            }
        }
    }
request-chat-informal = { $firstResponse ->
        [yes-with-limits] { $anrede ->
            [du] ich nehme dein Angebot gern an („{ $offered }“): deine Einschätzung zu einem Thema: { NOM($challengeTopic) }, { $place ->
                [none] { $first ->
                    [none] wann immer es dir passt
                   *[other] vielleicht am { $first } oder am { $second }
                }
               *[other] wenn du das nächste Mal in { $place } bist
            }. Vorzubereiten gibt es nichts.
           *[other] ich nehme Ihr Angebot gern an („{ $offered }“): Ihre Einschätzung zu einem Thema: { NOM($challengeTopic) }, { $place ->
                [none] { $first ->
                    [none] wann immer es Ihnen passt
                   *[other] vielleicht am { $first } oder am { $second }
                }
               *[other] wenn Sie das nächste Mal in { $place } sind
            }. Vorzubereiten gibt es nichts.
        }
       *[other] { request-chat-informal-asked }
    }
request-chat-informal-asked = { $anrede ->
        [du] darf ich dein Angebot annehmen („{ $offered }“)? Ich würde gern deine Einschätzung zu einem Thema hören: { NOM($challengeTopic) }, { $place ->
            [none] { $first ->
                [none] wann immer es dir passt
               *[other] vielleicht am { $first } oder am { $second }
            }
           *[other] wenn du das nächste Mal in { $place } bist
        }. Vorzubereiten gibt es nichts.
       *[other] darf ich Ihr Angebot annehmen („{ $offered }“)? Ich würde gern Ihre Einschätzung zu einem Thema hören: { NOM($challengeTopic) }, { $place ->
            [none] { $first ->
                [none] wann immer es Ihnen passt
               *[other] vielleicht am { $first } oder am { $second }
            }
           *[other] wenn Sie das nächste Mal in { $place } sind
        }. Vorzubereiten gibt es nichts.
    }
request-note-review = { leader-named-start } hat angeboten, sich ein Dokument anzusehen ({ request-offer-document }). Das ist also keine Bitte um Zeit, sondern das Dokument selbst: Hängen Sie es an und schicken Sie die Nachricht, sobald es für Kommentare bereit ist; kein Termin, kein One-Pager.
request-subject-lead-review = { $anrede ->
        [du] { request-offer-document } für deine Kommentare
       *[other] { $tone ->
            [formal] { request-offer-document }, wie von Ihnen angeboten
           *[other] { request-offer-document } für Ihre Kommentare
        }
    }
request-subject-review = { SUBJECT(request-subject-lead-review, $topic) }
request-review-opening = { $anrede ->
        [du] Du hast mir angeboten, dir ein Dokument anzusehen, wenn ich eines schicke. Hier ist es, im Anhang ({ request-offer-document }), zu diesem Thema: { NOM($challengeTopic) }.
       *[other] { $tone ->
            [formal] Sie haben mir freundlicherweise angeboten, sich ein Dokument anzusehen, wenn ich eines schicke. Hier ist es, im Anhang ({ request-offer-document }), zu diesem Thema: { NOM($challengeTopic) }.
           *[other] Sie haben mir angeboten, sich ein Dokument anzusehen, wenn ich eines schicke. Hier ist es, im Anhang ({ request-offer-document }), zu diesem Thema: { NOM($challengeTopic) }.
        }
    }
request-review-look-at = { $anrede ->
        [du] Am meisten helfen mir deine Kommentare zu dieser Frage: { $question }. Anmerkungen direkt im Dokument genügen völlig; ein Termin ist nicht nötig.
       *[other] Am meisten helfen mir Ihre Kommentare zu dieser Frage: { $question }. Anmerkungen direkt im Dokument genügen völlig; ein Termin ist nicht nötig.
    }
request-review-close = { $tone ->
        [formal] Es eilt nicht; wann immer Sie dazu kommen.
       *[other] Es eilt nicht, wann immer Sie dazu kommen.
    }
request-chat-review = { $anrede ->
        [du] wie angeboten, habe ich dir das Dokument zu diesem Thema geschickt: { NOM($challengeTopic) }. Am meisten helfen mir Kommentare zu dieser Frage: { $question }. Ein Termin ist nicht nötig.
       *[other] wie angeboten, habe ich Ihnen das Dokument zu diesem Thema geschickt: { NOM($challengeTopic) }. Am meisten helfen mir Kommentare zu dieser Frage: { $question }. Ein Termin ist nicht nötig.
    }

## Die erste Nachricht an die empfohlene Person (nach einer Empfehlung). $referTo: die Person; $leaderName: wer
## Sie schickt; $challengeTopic: das Thema; $minutes: die erbetene Dauer.

request-to-referral-heading = An { ACCUSATIVE($referTo) }: die erste Nachricht
request-to-referral-note = { $met ->
        [no] { $door ->
            [introduce] Warten Sie, bis { leader-named } Bescheid gegeben hat, wie angekündigt; erst dann schicken Sie sie ab.
            [ask] Schicken Sie sie, wenn { leader-named } Ihre Frage oben beantwortet hat: Stellt { leader-named } Sie vor, antworten Sie darauf mit diesen Zeilen; sonst schicken Sie sie so ab.
           *[other] Schicken Sie sie, wenn die Nachricht oben verschickt ist, damit { leader-named } es zuerst von Ihnen hört.
        }
       *[other] Schicken Sie diese zuerst: { leader-named } möchte, dass Sie erst diese Person treffen. Die Nachricht oben geht erst nach dem Treffen, mit der Frage, die bleibt.
    } Eine Zeile sagt, wer Sie schickt; der Rest ist das eine Thema und ein kurzer Termin.
## $salute: frau oder herr, wenn die Person mit „Frau“ oder „Herr“ genannt ist und der Brief förmlich ist, im öffentlichen Dienst oder an eine andere Firma geht; sonst other.
request-to-referral-greeting = { $salute ->
        [frau] Sehr geehrte { NOMINATIVE($referTo) },
        [herr] Sehr geehrter { NOMINATIVE($referTo) },
       *[other] Guten Tag { NOMINATIVE($referTo) },
    }
## Wer Sie schickt, wie man jemanden einer Dritten gegenüber nennt: „Herr DI Gruber“ ($leader), wenn das Profil
## „Herr“/„Frau“ sagt und Sie die Person siezen; sonst der volle Name ($leaderName). Zuerst stellen Sie sich
## vor ($you: Ihr Name ohne akademischen Grad, $role: Ihre Rolle); dann eine feste Länge ($minutes) und Ihr
## Angebot, sich nach dem Kalender der Person zu richten.
request-to-referral-body = Mein Name ist { $you }, ich bin { $role }. { $gender ->
        [none] { $leaderName }
       *[other] { $anrede ->
            [du] { $leaderName }
           *[other] { $leader }
        }
    } hat mir geraten, mich bei Ihnen zu melden. { shared-about-challenge-topic } Hätten Sie in den nächsten Wochen { $minutes ->
        [30] eine halbe Stunde
       *[other] { $minutes } Minuten
    } Zeit? Ich richte mich gern nach Ihrem Kalender.

## Die Person hat darum gebeten, erinnert zu werden: Die Nachricht ist diese Erinnerung, kurz, kein neuer Pitch.
## $after: ihre eigenen Worte zum Wann, wie eingegeben, oder none; $live: no, wenn alles schriftlich läuft;
## $later: der Monat, falls es dann noch zu früh ist, oder none.
request-note-reminder = Die Erinnerung, um die { leader-named } gebeten hat, deshalb so kurz: { leader-pronoun-start } weiß, worum es Ihnen geht; die Nachricht stellt eine Frage, statt noch einmal zu werben.
request-subject-reminder = { $anrede ->
        [du] Die Erinnerung, um die du gebeten hast: { $topic }
       *[other] Die Erinnerung, um die Sie gebeten haben: { $topic }
    }
request-reminder-opening = { $anrede ->
        [du] { $after ->
            [none] Du hattest mich gebeten, dich später daran zu erinnern – das tue ich hiermit.
           *[other] Du hattest mich gebeten, dich zu erinnern ({ QUOTED($after) }) – das tue ich hiermit.
        }
       *[other] { $after ->
            [none] Sie hatten mich gebeten, Sie später daran zu erinnern – das tue ich hiermit.
           *[other] Sie hatten mich gebeten, Sie zu erinnern ({ QUOTED($after) }) – das tue ich hiermit.
        }
    }
request-reminder-ask = { $anrede ->
        [du] Passt es dir jetzt, { $live ->
            [yes] { $minutes } Minuten
           *[other] eine schriftliche Frage
        } zu { $challengeTopic }? Die Vorbereitung übernehme ich.
       *[other] Passt es Ihnen jetzt, { $live ->
            [yes] { $minutes } Minuten
           *[other] eine schriftliche Frage
        } zu { $challengeTopic }? Die Vorbereitung übernehme ich.
    }
request-reminder-close = { $anrede ->
        [du] { $later ->
            [none] Ist es noch zu früh, freue ich mich über einen kurzen Hinweis, wann es besser passt.
           *[other] Ist es noch zu früh, melde ich mich im { $later } wieder, außer dir passt ein anderer Monat besser.
        }
       *[other] { $later ->
            [none] Ist es noch zu früh, freue ich mich über einen kurzen Hinweis, wann es besser passt.
           *[other] Ist es noch zu früh, melde ich mich im { $later } wieder, außer Ihnen passt ein anderer Monat besser.
        }
    }
request-chat-reminder = { $anrede ->
        [du] du hattest mich gebeten, dich zu erinnern: Passt es dir jetzt, { $live ->
            [yes] { $minutes } Minuten
           *[other] eine schriftliche Frage
        } zu { $challengeTopic }?
       *[other] Sie hatten mich gebeten, Sie zu erinnern: Passt es Ihnen jetzt, { $live ->
            [yes] { $minutes } Minuten
           *[other] eine schriftliche Frage
        } zu { $challengeTopic }?
    }

## Nach einer Empfehlung an eine genannte Person (is.referralFirst): Die Nachricht dankt nur und bittet um keine Zeit.
## $month: der Monat, bis zu dem die Person beschäftigt ist, oder none; $minutes: die Länge der einen späteren Frage.
request-note-referral-plan = { request-note-referred } Bitten Sie { leader-named } um nichts weiter{ $month ->
        [none] {""}
       *[other] {" "}vor { $month }
    }: Nach dem Treffen mit { DATIVE($referTo) } genügen zwei Zeilen Dank, und bleibt dann eine Frage offen, bitten Sie um { $minutes } Minuten für genau diese.
request-subject-referral = { request-subject-meeting }
request-referral-thanks = { request-since-referral-named }
request-chat-referral = { request-chat-meeting }
request-to-referral-call-heading = { NOMINATIVE($referTo) } anrufen: was Sie sagen
request-to-referral-call-note = Geben Sie { leader-named-dative } zwei, drei Arbeitstage, um Bescheid zu geben, dann rufen Sie an; warten Sie nicht auf eine Nachricht, dass es geschehen ist. Wenn abgenommen wird:
request-to-referral-call-opener = > „Guten Tag, { NOMINATIVE($referTo) }, { $leaderCalled } hat mich gebeten, Sie anzurufen. Es geht um Folgendes: { $challengeTopic }. Hätten Sie diese oder nächste Woche eine halbe Stunde für mich?“
