### Die Dankesnachricht (templates/thank-you.hbs), auf Deutsch. Welche Sätze gesagt werden und in
### welcher Reihenfolge, entscheidet src/core/render/rules/thank-you.ts; IDs und Variablen wie in
### phrases/en/thank-you.ftl. Fehlt hier eine ID, gilt die englische Fassung. „Sie“, oder „du“ nach $anrede.
### Der Rhythmus kommt aus shared-rhythm (shared.ftl, mit $minutes); $outcome: was Erfolg nach drei
### Monaten heißt, in Ihren Worten; $unit (session, note, question, conversation) und $single (yes, no).
### Zeitpunkte, die in der englischen Fassung aus den Worten der Führungskraft kommen ($comeBack),
### stehen hier als *(Monat)* zum Ausfüllen, wenn der Monat nicht bekannt ist (sonst der Monat, shared-month).

## Die Notiz an Sie über den Nachrichten

thank-you-note = Schicken Sie den Dank innerhalb von 24 Stunden, am besten noch am selben Tag. Ersetzen Sie die Teile in Klammern, lesen Sie die Nachricht einmal laut und ändern Sie alles, was nicht nach Ihnen klingt.
thank-you-note-indirect = In einer indirekten Kultur wird das Ja erst mit dieser Nachricht fest: Bestätigen Sie, was Sie verstanden haben, und bitten Sie um Korrektur, damit niemand im Gespräch Nein sagen muss.

## Nach einem Verweis: Die Führungskraft hat Sie an jemanden verwiesen, und Sie haben mit dieser Person gesprochen.
## $referTo: die genannte Person, oder none, wenn niemand genannt wurde.
thank-you-pointer-note = Schicken Sie den Dank innerhalb eines Tages, nachdem Sie mit { $referTo ->
        [none] der empfohlenen Person
       *[other] { DATIVE($referTo) }
    } gesprochen haben: Er dankt für die Empfehlung und sagt, was daraus geworden ist. Ersetzen Sie die Teile in Klammern, lesen Sie die Nachricht einmal laut und ändern Sie alles, was nicht nach Ihnen klingt.
thank-you-pointer-subject = { $anrede ->
        [du] Danke für deine Empfehlung
       *[other] { $tone ->
            [formal] Vielen Dank für Ihre Empfehlung
           *[other] Danke für Ihre Empfehlung
        }
    }
thank-you-pointer-with = { $referTo ->
        [none] *(Name)*
       *[other] { DATIVE($referTo) }
    }
thank-you-pointer-thanks = { $anrede ->
        [du] Danke für deine Empfehlung: Ich habe inzwischen mit { thank-you-pointer-with } gesprochen.
       *[other] { $tone ->
            [formal] Vielen Dank für Ihre Empfehlung: Ich habe inzwischen mit { thank-you-pointer-with } gesprochen.
           *[other] Danke für Ihre Empfehlung: Ich habe inzwischen mit { thank-you-pointer-with } gesprochen.
        }
    }
# Wo Vertrauen persönlich ist, erst Wärme, dann die Sache, auch nach einer Empfehlung.
thank-you-pointer-personal = { $anrede ->
        [du] Ich hoffe, es geht dir gut. *(Eine Zeile zu etwas Persönlichem: ein Vorhaben, von dem du erzählt hast, dein Team, jemand, den wir beide kennen.)*
       *[other] Ich hoffe, es geht Ihnen gut. *(Eine Zeile zu etwas Persönlichem: ein Vorhaben, von dem Sie erzählt haben, Ihr Team, jemand, den wir beide kennen.)*
    }
thank-you-pointer-took = **Was ich mitnehme:** *(der Rat aus diesem Gespräch, in einem Satz)*
thank-you-pointer-decided = **Was ich entschieden habe:** *(die Entscheidung, und was dieses Gespräch daran geändert hat)*
thank-you-pointer-next = **Was ich als Nächstes tue:** *(der erste Schritt, und bis wann)*
thank-you-pointer-open = **Noch offen:** *(die eine Frage, die noch offen ist, falls es eine gibt, und dass Sie sie getrennt schicken; sonst diese Zeile löschen)*
# Was sie selbst davon abhielt, neben der Empfehlung gesagt ($busyKind: budget, reorganisation, audit,
# merger oder other; dann $busy, wie sie es sagten): in einer Zeile alles Gute dafür.
# Was sie beschäftigt, ist auf Englisch gelesen ($busy: "the PRR"): nur die bekannten Arten auf Deutsch, sonst allgemein.
thank-you-pointer-busy = { $anrede ->
        [du] Viel Erfolg { $busyKind ->
            [budget] mit der Budgetrunde
            [reorganisation] bei der Umstrukturierung
            [audit] bei der Prüfung
            [merger] bei der Fusion
           *[other] mit allem, was gerade bei dir ansteht
        }!
       *[other] Ich wünsche Ihnen viel Erfolg { $busyKind ->
            [budget] mit der Budgetrunde
            [reorganisation] bei der Umstrukturierung
            [audit] bei der Prüfung
            [merger] bei der Fusion
           *[other] mit allem, was gerade bei Ihnen ansteht
        }.
    }
thank-you-pointer-close = Eine Antwort ist nicht nötig.
thank-you-pointer-chat = { $anrede ->
        [du] Danke für deine Empfehlung, { $name }; ich habe inzwischen mit { thank-you-pointer-with } gesprochen, und es hat geholfen: *(was Sie mitnehmen, in einem Satz)*.
       *[other] Danke für Ihre Empfehlung, { $name }; ich habe inzwischen mit { thank-you-pointer-with } gesprochen, und es hat geholfen: *(was Sie mitnehmen, in einem Satz)*.
    }

## Bausteine, die mehrere Nachrichten teilen

# Knapp ist auch der Gruß: der Gruß jeder Nachricht (signoff in shared.ftl, „Viele Grüße“ zu einem „du“), ohne
# „Nochmals vielen Dank“; nur der warme Ton sagt „liebe Grüße“.
thank-you-signoff = { $tone ->
        [concise] { signoff }
       *[other] { $anrede ->
            [du] { $tone ->
                [warm] Nochmals vielen Dank und liebe Grüße
               *[other] Viele Grüße
            }
           *[other] { $organization ->
                [public-sector] Mit freundlichen Grüßen
               *[other] { $tone ->
                    [formal] Mit freundlichen Grüßen
                   *[other] Nochmals vielen Dank und viele Grüße
                }
            }
        }
    }
thank-you-correct-me = { $anrede ->
        [du] Damit ich sicher bin, alles richtig verstanden zu haben (korrigier mich bitte, wo ich falsch liege):
       *[other] Damit ich sicher bin, alles richtig verstanden zu haben (korrigieren Sie mich bitte, wo ich falsch liege):
    }
# Nach dem Doppelpunkt eines Stichpunkts geht es so weiter, wie Sie es geschrieben haben: klein, außer Sie schrieben groß.
thank-you-value = { $typed }{ $typedEnd ->
        [yes] {""}
       *[no] .
    }
thank-you-bring = **Was ich beitrage:** { thank-you-value }
thank-you-from-my-side = **Von meiner Seite:** { thank-you-value }
thank-you-topic-in-particular = **Erstes Thema:** { NOM($challengeTopic) }, insbesondere { QUOTED($bridge) }.

## Nach einem schriftlichen Nein: das eine Gespräch, bedankt, ohne weitere Bitte

# Nach einer Empfehlung bittet die deutsche Anfrage um keine Zeit (request-note-referred): Es gab kein Gespräch,
# gedankt wird für die Empfehlung und die Antwort darauf.
thank-you-conversation-subject = { $firstResponse ->
        [referral] { $anrede ->
            [du] Danke für deine Empfehlung
           *[other] { $tone ->
                [formal] Vielen Dank für Ihre Empfehlung
               *[other] Danke für Ihre Empfehlung
            }
        }
       *[other] { $tone ->
            [formal] Vielen Dank für das heutige Gespräch
           *[other] Danke für heute
        }
    }
thank-you-referral-thanks = { $anrede ->
        [du] Ganz herzlichen Dank für deine Antwort und noch einmal für deine Empfehlung.
       *[other] { $tone ->
            [formal] Vielen Dank für Ihre Antwort und noch einmal für Ihre Empfehlung.
            [warm] Ganz herzlichen Dank für Ihre Antwort und noch einmal für Ihre Empfehlung.
           *[concise] Vielen Dank für Ihre Antwort und Ihre Empfehlung.
        }
    }
thank-you-conversation-thanks = { $firstResponse ->
        [referral] { thank-you-referral-thanks }
       *[other] { $anrede ->
            [du] Ganz herzlichen Dank für heute und dafür, dass du dir die Zeit genommen hast.
           *[other] { $tone ->
                [formal] Vielen Dank für das Gespräch heute und dafür, dass Sie sich die Zeit genommen haben.
                [warm] Ganz herzlichen Dank für heute und dafür, dass Sie sich die Zeit genommen haben.
               *[concise] Vielen Dank für das Gespräch heute und für Ihre Zeit.
            }
        }
    }
# Wo Vertrauen über die Beziehung entsteht: die Zeit persönlich bedankt, dann thank-you-personal.
# Nach einer Einladung zu ihnen nach Hause oder zum Essen mit der Familie: ihre Gastfreundschaft, nicht ihre Zeit.
thank-you-hospitality-thanks = { $anrede ->
        [du] Ganz herzlichen Dank für deine Gastfreundschaft und das wunderbare Essen{ $family ->
            [yes] ; bitte richte auch deiner Familie meinen Dank aus
           *[other] {""}
        }.
       *[other] Herzlichen Dank für Ihre Gastfreundschaft und das wunderbare Essen{ $family ->
            [yes] ; bitte richten Sie auch Ihrer Familie meinen herzlichen Dank aus
           *[other] {""}
        }.
    }
thank-you-conversation-thanks-personal = { $firstResponse ->
        [referral] { thank-you-referral-thanks }
       *[other] { $anrede ->
            [du] Ganz herzlichen Dank, dass du dir heute so viel Zeit für mich genommen hast.
           *[other] { $tone ->
                [formal] Herzlichen Dank für Ihre Zeit heute und für die Freundlichkeit, mit der Sie mich empfangen haben.
                [warm] Ganz herzlichen Dank für Ihre Zeit heute; Sie waren sehr großzügig damit.
               *[concise] Vielen Dank für Ihre Zeit heute; sie hat mir viel bedeutet.
            }
        }
    }
# Nach dem Dank, wo Vertrauen über die Beziehung entsteht: etwas Persönliches aus dem Gespräch, vor allem Vereinbarten.
thank-you-personal = { $anrede ->
        [du] Ich habe unser Gespräch sehr genossen. *(Eine Zeile zu etwas Persönlichem, das du erzählt hast: eine Geschichte, dein Team, ein Vorhaben.)*
       *[other] { $tone ->
            [formal] Es war mir eine große Freude, mit Ihnen zu sprechen. *(Eine Zeile zu etwas Persönlichem aus dem Gespräch: eine Geschichte, Ihr Team, ein Vorhaben, das Sie erwähnt haben.)*
            [warm] Ich habe unser Gespräch sehr genossen. *(Eine Zeile zu etwas Persönlichem, das Sie erzählt haben: eine Geschichte, Ihr Team, ein Vorhaben.)*
           *[concise] Das Gespräch hat mir sehr gefallen. *(Eine Zeile zu etwas Persönlichem, das Sie erwähnt haben.)*
        }
    }
thank-you-conversation-took = { $anrede ->
        [du] **Was ich mitnehme:** *(dein Rat, in einem Satz)*
       *[other] **Was ich mitnehme:** *(Ihr Rat, in einem Satz)*
    }
thank-you-conversation-decided = { $anrede ->
        [du] **Was ich entschieden habe:** *(die Entscheidung, und was dein Rat daran geändert hat)*
       *[other] **Was ich entschieden habe:** *(die Entscheidung, und was Ihr Rat daran geändert hat)*
    }
thank-you-conversation-next = **Was ich als Nächstes tue:** *(der erste Schritt, und bis wann)*
thank-you-conversation-no-more = { $anrede ->
        [du] Eine Antwort ist nicht nötig. Wenn wir einen Meilenstein erreichen, der dich interessieren könnte, schicke ich dir zwei Zeilen; eine Antwort ist nicht nötig.
       *[other] { $tone ->
            [formal] Ich möchte Ihre Zeit nicht über Gebühr beanspruchen. Wenn wir einen Meilenstein erreichen, der Sie interessieren könnte, schicke ich Ihnen zwei Zeilen – eine Antwort ist nicht nötig.
            [warm] Eine Antwort ist nicht nötig. Wenn wir einen Meilenstein erreichen, der Sie interessieren könnte, schicke ich Ihnen zwei Zeilen; eine Antwort ist nicht nötig.
           *[concise] Eine Antwort brauche ich nicht. Wenn wir einen Meilenstein erreichen, schicke ich Ihnen zwei Zeilen – eine Antwort ist nicht nötig.
        }
    }

## Die Bitte war schriftlich: das Ja per Nachricht beantwortet

thank-you-written-subject = { $anrede ->
        [du] Danke für deine Antwort
       *[other] { $tone ->
            [formal] Vielen Dank für Ihre Antwort
           *[other] Danke für Ihre Antwort
        }
    }
# $asked: yes, wenn die Person zuerst etwas Kurzes schriftlich wollte („dann sehen wir weiter“): mehr ist noch nicht vereinbart.
thank-you-written-thanks = { $asked ->
        [yes] { $anrede ->
            [du] Ganz herzlichen Dank für deine Antwort auf meine Nachricht.
           *[other] Vielen Dank für Ihre Antwort auf meine Nachricht.
        }
       *[other] { thank-you-written-thanks-given }
    }
thank-you-written-thanks-given = { $anrede ->
        [du] { $tone ->
            [formal] Vielen Dank für deine Antwort und dafür, dass du es versuchen möchtest.
            [warm] Ganz herzlichen Dank für deine Antwort und dafür, dass du dich darauf einlässt.
           *[concise] Danke für deine rasche Antwort und deine Zusage.
        }
       *[other] { $tone ->
            [formal] Vielen Dank für Ihre Antwort und dafür, dass Sie es versuchen möchten.
            [warm] Ganz herzlichen Dank für Ihre Antwort und dafür, dass Sie sich darauf einlassen.
           *[concise] Vielen Dank für Ihre Zusage.
        }
    }
thank-you-written-confirm = Kurz zur Bestätigung:
# $offered: was die Person angeboten hat, in ihren Worten („einmal im Quartal eine Stunde“), sonst „none“.
thank-you-written-rhythm = { $asked ->
        [yes] **Wie es weitergeht:** *(was die Person als Nächstes tun will, in ihren Worten; wenn nichts, streichen Sie diese Zeile)*
       *[other] { thank-you-written-rhythm-given }
    }
thank-you-written-rhythm-given = { $offered ->
       *[other] **Was wir vereinbart haben:** „{ $offered }“, wie { $anrede ->
            [du] von dir
           *[other] von Ihnen
        } angeboten.
        [none] { $single ->
            [yes] **Was wir vereinbart haben:** eine einzelne schriftliche Frage zu einer konkreten Entscheidung.
           *[no] **Rhythmus:** { shared-rhythm }.{ $review ->
                [yes] {""}
               *[no] {" "}Wir beginnen mit drei Monaten.
            }
        }
    }
thank-you-answered-intro = { $anrede ->
        [du] Das mache ich damit:
       *[other] Das mache ich damit:
    }
thank-you-answered-decided = **Was ich entschieden habe:** *(die Entscheidung, und der Teil der Antwort, der sie entschieden hat)*
thank-you-answered-first = **Was ich als Erstes tue:** *(der erste Schritt nach der Antwort, und bis wann)*
thank-you-answered-next = { $anrede ->
        [du] **Weiter:** Wenn dir Notizen wie diese passen, schicke ich die nächste erst, wenn wieder eine echte Entscheidung ansteht.
       *[other] **Weiter:** Wenn Ihnen Notizen wie diese passen, schicke ich die nächste erst, wenn wieder eine echte Entscheidung ansteht.
    }
thank-you-written-first-note = **Erste Notiz:** Ich schicke sie bis *(Datum)*.
thank-you-written-review = **Nach drei Monaten:** Wir schauen, ob das Ziel erreicht ist: { $outcome }.

## Nach dem Gespräch

thank-you-meeting-subject = { $anrede ->
        [du] Danke für heute
       *[other] { $tone ->
            [formal] Vielen Dank für Ihre Zeit heute
            [warm] Danke für heute
           *[concise] Danke, und die nächsten Schritte
        }
    }
# $name: wie Sie die Person ansprechen, sonst ihr Name.
thank-you-dear = { greeting-named }
thank-you-meeting-thanks = { $anrede ->
        [du] { $tone ->
            [formal] Vielen Dank, dass du dir heute Zeit für mich genommen hast.
            [warm] Danke dir für heute. Ich weiß, wie voll dein Kalender ist, und es bedeutet mir viel, dass du dir dafür Zeit nimmst.
           *[concise] Danke dir für das Gespräch heute.
        }
       *[other] { $tone ->
            [formal] Vielen Dank, dass Sie sich heute Zeit für mich genommen haben und meinem Vorschlag so offen begegnet sind. Ich weiß das sehr zu schätzen, gerade bei allem, was derzeit bei Ihnen ansteht.
            [warm] Vielen Dank für heute. Ich weiß, wie voll Ihr Kalender ist, und es bedeutet mir viel, dass Sie sich dafür Zeit nehmen.
           *[concise] Vielen Dank für das Gespräch heute.
        }
    }
# Nach einem Ja mit Grenzen: das Treffen war das erste dessen, was sie angeboten haben.
thank-you-meeting-thanks-agreed = { $anrede ->
        [du] { $tone ->
            [formal] Vielen Dank für das Gespräch heute und dafür, dass du zugesagt hast.
            [warm] Danke dir für heute und dafür, dass du Ja gesagt hast. Ich weiß, wie voll dein Kalender ist, und es bedeutet mir viel, dass du dir dafür Zeit nimmst.
           *[concise] Danke dir für das Gespräch heute und für deine Zusage.
        }
       *[other] { $tone ->
            [formal] Vielen Dank für das Gespräch heute und dafür, dass Sie in der von Ihnen angebotenen Form zugesagt haben. Ich weiß das sehr zu schätzen, gerade bei allem, was derzeit bei Ihnen ansteht.
            [warm] Vielen Dank für heute und dafür, dass Sie Ja gesagt haben. Ich weiß, wie voll Ihr Kalender ist, und es bedeutet mir viel, dass Sie sich dafür Zeit nehmen.
           *[concise] Vielen Dank für das Gespräch heute und für Ihre Zusage.
        }
    }
thank-you-meeting-confirm = { $tone ->
        [formal] Zur Bestätigung fasse ich unsere Vereinbarung kurz zusammen:
        [warm] Hier noch einmal, was ich mitgenommen habe, damit wir auf dem gleichen Stand sind:
       *[concise] Kurz zusammengefasst:
    }
thank-you-meeting-confirm-indirect = { $anrede ->
        [du] Hier noch einmal, wie ich es verstanden habe, damit wir auf dem gleichen Stand sind; korrigier mich gern, wo ich etwas falsch verstanden habe:
       *[other] { $tone ->
            [formal] { thank-you-correct-me }
            [warm] Hier noch einmal, wie ich es verstanden habe, damit wir auf dem gleichen Stand sind; wo ich etwas falsch verstanden habe, bin ich für eine Korrektur dankbar:
           *[concise] Wie ich es verstanden habe (korrigieren Sie mich gern):
        }
    }
# $review (yes, no): ob die Zeile „Nach drei Monaten“ folgt; dann nennt der Rhythmus die drei Monate nicht noch einmal.
thank-you-meeting-rhythm = { $review ->
        [yes] { $tone ->
            [formal] **Rhythmus:** { shared-rhythm }. Wir beginnen mit einem Versuch.
            [warm] **Rhythmus:** { shared-rhythm }. Wir probieren es erst einmal aus.
           *[concise] **Rhythmus:** { shared-rhythm }.
        }
       *[no] { $tone ->
            [formal] **Rhythmus:** { shared-rhythm }. Wir beginnen mit drei Monaten.
            [warm] **Rhythmus:** { shared-rhythm }. Wir probieren es drei Monate lang und schauen dann, wie es läuft.
           *[concise] **Rhythmus:** { shared-rhythm }. Rückblick nach drei Monaten.
        }
    }
thank-you-meeting-single = { $tone ->
        [concise] **Vereinbart:** ein einzelnes Gespräch ({ $minutes } Minuten).
       *[other] **Was wir vereinbart haben:** ein einzelnes Gespräch ({ $minutes } Minuten) zu einer konkreten Entscheidung.
    }
thank-you-meeting-single-async = { $tone ->
        [concise] **Vereinbart:** eine einzige schriftliche Frage.
       *[other] **Was wir vereinbart haben:** eine einzelne schriftliche Frage zu einer konkreten Entscheidung.
    }
thank-you-meeting-topic = { $tone ->
        [warm] **Erstes Thema:** { NOM($challengeTopic) } – zuerst: { QUOTED($bridge) }.
        [concise] **Erstes Thema:** { NOM($challengeTopic) }.
       *[formal] { thank-you-topic-in-particular }
    }
thank-you-session-label = { $unit ->
        [note] { $single ->
            [yes] Die Notiz
           *[no] Erste Notiz
        }
        [question] { $single ->
            [yes] Die Frage
           *[no] Erste Frage
        }
       *[other] { $single ->
            [yes] Nächster Termin
           *[no] Erstes Gespräch
        }
    }
thank-you-meeting-live = { $anrede ->
        [du] **{ thank-you-session-label }:** *(Datum und Uhrzeit)*. Bis *(Datum)* schicke ich dir eine kurze Vorbereitung, damit wir die Zeit gut nutzen.
       *[other] { $tone ->
            [formal] **{ thank-you-session-label }:** *(Datum und Uhrzeit)*. Bis *(Datum)* schicke ich Ihnen eine Seite zur Vorbereitung.
            [warm] **{ thank-you-session-label }:** *(Datum und Uhrzeit)*. Bis *(Datum)* schicke ich Ihnen eine kurze Vorbereitung, damit wir die Zeit gut nutzen.
           *[concise] **{ thank-you-session-label }:** *(Datum und Uhrzeit)*. Vorbereitung bis *(Datum)*.
        }
    }
thank-you-meeting-informal = { $anrede ->
        [du] **{ thank-you-session-label }:** wann immer es dir passt *(oder der Tag, den wir genannt haben)*, ohne etwas vorab zu lesen.
       *[other] { $tone ->
            [formal] **{ thank-you-session-label }:** wann immer es Ihnen passt *(oder der Tag, den wir genannt haben)*; vorab gibt es nichts zu lesen.
            [warm] **{ thank-you-session-label }:** wann immer es Ihnen passt *(oder der Tag, den wir genannt haben)*, ohne etwas vorab zu lesen.
           *[concise] **{ thank-you-session-label }:** wann es Ihnen passt *(oder der genannte Tag)*. Vorab nichts zu lesen.
        }
    }
thank-you-meeting-written = { $anrede ->
        [du] **{ thank-you-session-label }:** Die erste Notiz kommt bis *(Datum)*.
       *[other] { $tone ->
            [formal] **{ thank-you-session-label }:** Die erste Notiz schicke ich Ihnen bis *(Datum)*.
            [warm] **{ thank-you-session-label }:** Die erste Notiz kommt bis *(Datum)*.
           *[concise] **{ thank-you-session-label }:** bis *(Datum)*.
        }
    }
thank-you-meeting-bring = { $tone ->
        [formal] { thank-you-bring }
        [warm] { thank-you-from-my-side }
       *[concise] **Von mir:** { thank-you-value }
    }
thank-you-meeting-review = { $tone ->
        [formal] **Nach drei Monaten:** Wir prüfen, ob das Ziel erreicht ist – { $outcome } – und ob wir weitermachen.
        [warm] **Nach drei Monaten:** Wir schauen, ob das Ziel erreicht ist: { $outcome }.
       *[concise] **Erfolg nach drei Monaten:** { $outcome }.
    }
thank-you-meeting-close = { $anrede ->
        [du] Ich freue mich sehr darauf. Wenn etwas davon nicht passt, passe ich es gern an.
       *[other] { $tone ->
            [formal] Sollte etwas davon von Ihrem Verständnis abweichen oder Sie eine andere Vereinbarung bevorzugen, passe ich es selbstverständlich an.
            [warm] Ich freue mich sehr darauf. Wenn etwas davon nicht passt, passe ich es gern an.
           *[concise] Falls etwas anders sein soll, passe ich es gern an.
        }
    }
thank-you-meeting-signoff = { thank-you-signoff }

## Wenn die Person noch überlegt

thank-you-considering-note-written = Nehmen Sie stattdessen diese, wenn die Antwort noch keine Entscheidung war. Sie setzt nichts voraus.
thank-you-considering-note = Nehmen Sie stattdessen diese, wenn im Gespräch noch nichts entschieden wurde. Sie hält, was das Skript versprochen hat (die kurze Zusammenfassung, noch heute), und setzt nichts voraus.
thank-you-considering-subject-written = { $tone ->
        [formal] Zusammenfassung meines Vorschlags
       *[other] Eine kurze Zusammenfassung meines Vorschlags
    }
thank-you-considering-subject = { $tone ->
        [formal] Zusammenfassung meines Vorschlags, wie versprochen
       *[other] Die versprochene kurze Zusammenfassung
    }
thank-you-considering-summary-written = { $anrede ->
        [du] Vielen Dank für deine Antwort. Hier fasse ich meinen Vorschlag kurz zusammen – lies ihn in Ruhe, wann es dir passt.
       *[other] { $tone ->
            [formal] Vielen Dank für Ihre Antwort. Hier eine kurze Zusammenfassung meines Vorschlags, die Sie in Ruhe prüfen können.
           *[other] Vielen Dank für Ihre Antwort. Hier fasse ich meinen Vorschlag kurz zusammen – lesen Sie ihn in Ruhe, wann es Ihnen passt.
        }
    }
thank-you-considering-summary = { $anrede ->
        [du] Danke, dass du dir heute Zeit für mich genommen hast. Wie versprochen fasse ich meinen Vorschlag hier kurz zusammen – lies ihn in Ruhe, wann es dir passt.
       *[other] { $tone ->
            [formal] Vielen Dank, dass Sie sich heute Zeit für mich genommen haben. Wie versprochen, hier die kurze Zusammenfassung meines Vorschlags, die Sie in Ruhe prüfen können.
           *[other] Danke, dass Sie sich heute Zeit für mich genommen haben. Wie versprochen fasse ich meinen Vorschlag hier kurz zusammen – lesen Sie ihn in Ruhe, wann es Ihnen passt.
        }
    }
thank-you-considering-proposal = { $offered ->
       *[other] **Der Vorschlag:** „{ $offered }“, wie { $anrede ->
            [du] von dir
           *[other] von Ihnen
        } angeboten.
        [none] **Der Vorschlag:** { $single ->
            [yes] { $format ->
                [async] eine einzige schriftliche Frage; { shared-when-it-suits }
               *[other] ein einziges Gespräch von { $minutes } Minuten
            }
           *[no] drei Monate lang { shared-rhythm }
        }.
    }
thank-you-considering-topic = **Das Thema:** { NOM($challengeTopic) }, insbesondere { QUOTED($bridge) }.
thank-you-considering-lead = { $anrede ->
        [du] Eine Antwort hat keine Eile; ich richte mich nach dir.
       *[other] { $tone ->
            [formal] Ich richte mich ganz nach Ihnen.
           *[other] Eine Antwort hat keine Eile; ich richte mich nach Ihnen.
        }
    }

## Wenn die Antwort „nicht jetzt“ war

thank-you-not-now-note = Nehmen Sie stattdessen diese. Halten Sie sie kurz, freundlich und ohne Druck; das Ziel ist ein Monat, in dem Sie sich wieder melden, kein zweiter Anlauf.
thank-you-not-now-subject = Vielen Dank – ich melde mich { shared-month-in } wieder
thank-you-not-now-subject-closed = Herzlichen Dank – ich melde mich { shared-month-in } wieder
thank-you-not-now-thanks-written = { $anrede ->
        [du] Ganz herzlichen Dank für deine Rückmeldung.
       *[other] { $tone ->
            [formal] Vielen Dank für Ihre Antwort.
            [warm] Ganz herzlichen Dank für Ihre Rückmeldung.
           *[concise] Vielen Dank für Ihre Antwort.
        }
    }
# Wo die Antwort klar war (direkte Kommunikation): der Dank für die Zeit und die klare Antwort in einem Satz;
# thank-you-not-now-timing dankt dann nicht noch einmal.
thank-you-not-now-thanks = { $communication ->
        [indirect] { $anrede ->
            [du] Ganz herzlichen Dank, dass du dir heute Zeit für mich genommen hast.
           *[other] { $tone ->
                [formal] Vielen Dank, dass Sie sich heute Zeit für mich genommen haben.
                [warm] Ganz herzlichen Dank, dass Sie sich heute Zeit für mich genommen haben.
               *[concise] Danke, dass Sie sich heute Zeit für mich genommen haben.
            }
        }
       *[other] { $anrede ->
            [du] Vielen Dank für deine Zeit heute und deine klare Antwort.
           *[other] { $tone ->
                [warm] Herzlichen Dank für Ihre Zeit heute und Ihre klare Antwort.
               *[other] Vielen Dank für Ihre Zeit und Ihre klare Antwort.
            }
        }
    }
thank-you-not-now-timing = { $anrede ->
        [du] Ich verstehe gut, dass der Zeitpunkt gerade ungünstig ist.
       *[other] { $tone ->
            [formal] Ich verstehe, dass der Zeitpunkt gerade schwierig ist.
            [warm] Ich verstehe gut, dass der Zeitpunkt gerade ungünstig ist.
           *[concise] Ich verstehe, dass es gerade nicht passt.
        }
    }
thank-you-not-now-timing-indirect = { $tone ->
        [formal] Ich verstehe, dass der Zeitpunkt schwierig ist.
        [warm] Ich verstehe gut, dass der Zeitpunkt gerade ungünstig ist.
       *[concise] { thank-you-not-now-timing }
    }
thank-you-not-now-write-back = { $anrede ->
        [du] Ich habe mir in meinem eigenen Kalender eine Erinnerung gesetzt, dir { shared-month-in } zu schreiben; bis dahin komme ich nicht darauf zurück. In der Zwischenzeit arbeite ich weiter an meinem Vorhaben. { shared-about-challenge-topic } Wenn wir einen Meilenstein erreichen, der dich interessieren könnte, schicke ich dir zwei Zeilen – eine Antwort ist nicht nötig.
       *[other] { $tone ->
            [concise] Ich melde mich { shared-month-in } wieder. Bis dahin komme ich nicht darauf zurück. Wenn wir einen Meilenstein erreichen, der Sie interessieren könnte, schicke ich Ihnen zwei Zeilen – eine Antwort ist nicht nötig.
           *[other] Ich habe mir in meinem eigenen Kalender eine Erinnerung gesetzt, Ihnen { shared-month-in } zu schreiben; bis dahin komme ich nicht darauf zurück. In der Zwischenzeit arbeite ich weiter an meinem Vorhaben. { shared-about-challenge-topic } Wenn wir einen Meilenstein erreichen, der Sie interessieren könnte, schicke ich Ihnen zwei Zeilen – eine Antwort ist nicht nötig.
        }
    }
thank-you-not-now-come-back = { $anrede ->
        [du] Ich melde mich { shared-month-in } wieder, um zu sehen, ob der Zeitpunkt dann besser passt. In der Zwischenzeit arbeite ich weiter an meinem Vorhaben. { shared-about-challenge-topic } Wenn wir eine Entscheidung treffen, die dich interessieren könnte, schicke ich dir eine kurze Nachricht.
       *[other] { $tone ->
            [concise] Ich melde mich { shared-month-in } wieder. Bis dahin arbeite ich weiter daran und schicke zwei Zeilen, falls eine Entscheidung ansteht, die Sie interessieren könnte.
           *[other] Ich melde mich { shared-month-in } wieder, um zu sehen, ob der Zeitpunkt dann besser passt. In der Zwischenzeit arbeite ich weiter an meinem Vorhaben. { shared-about-challenge-topic } Wenn wir eine Entscheidung treffen, die Sie interessieren könnte, schicke ich Ihnen eine kurze Nachricht.
        }
    }

## Ein Chat, den sie gewählt haben (WhatsApp, Slack, Teams): eine kurze Chatnachricht. $topic: die Herausforderung in wenigen Worten.

thank-you-chat-note = Vereinbart ist ein Chat, also ist auch der Dank eine Chatnachricht: kein Betreff, keine Liste.
# Eine Zusage mit Grenzen dankt für das Angebot; nach einem Nein oder keiner Antwort ($closed: yes) wird für das
# eine Gespräch gedankt und nichts mehr erbeten; sonst für das Gespräch, das eine erste Frage vereinbart hat.
thank-you-chat = { $firstResponse ->
        [yes-with-limits] { $anrede ->
            [du] Danke, { $name }, so machen wir es. Wenn ich bei { $topic } nicht weiterkomme, schicke ich dir hier eine Frage in drei Zeilen.
           *[other] Vielen Dank, { $name }, so machen wir es. Wenn ich bei { $topic } nicht weiterkomme, schicke ich Ihnen hier eine Frage in drei Zeilen.
        }
       *[other] { $closed ->
            [yes] { $anrede ->
                [du] Danke für deine Zeit heute, { $name }. *(Was ich mitnehme, in einer Zeile.)* Ich entscheide mich für *(meine Wahl)* und bitte um nichts weiter.
               *[other] Vielen Dank für Ihre Zeit heute, { $name }. *(Was ich mitnehme, in einer Zeile.)* Ich entscheide mich für *(meine Wahl)* und bitte um nichts weiter.
            }
           *[other] { $anrede ->
                [du] Danke für heute, { $name }. Wie besprochen schicke ich dir meine erste Frage hier, in drei Zeilen.
               *[other] Vielen Dank für heute, { $name }. Wie besprochen schicke ich Ihnen meine erste Frage hier, in drei Zeilen.
            }
        }
    }
# Noch in Bedenkzeit, im gewählten Chat: keine Zusammenfassung, kein Termin für sie.
thank-you-chat-considering = { $anrede ->
        [du] Danke für das Gespräch heute, { $name }. Lass dir Zeit; eine Zeile hier genügt, wann immer du es dir überlegt hast.
       *[other] Vielen Dank für das Gespräch heute, { $name }. Lassen Sie sich Zeit; eine Zeile hier genügt, wann immer Sie es sich überlegt haben.
    }
# Ein „jetzt nicht“, im gewählten Chat: wann Sie sich wieder melden; die Erinnerung liegt bei Ihnen.
thank-you-chat-not-now = { $anrede ->
        [du] Danke für heute, { $name }, und für die klare Ansage zum Zeitpunkt. Ich melde mich { shared-month-in } wieder; bis dahin brauchst du nichts zu tun.
       *[other] Vielen Dank für heute, { $name }, und für die klare Auskunft zum Zeitpunkt. Ich melde mich { shared-month-in } wieder; bis dahin ist von Ihrer Seite nichts nötig.
    }
