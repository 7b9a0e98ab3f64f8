### Die Antwort auf ein Nein oder ein „nicht jetzt“ (templates/no-reply.hbs), auf Deutsch. Welche
### Sätze gesagt werden und in welcher Reihenfolge, entscheidet src/core/render/rules/no-reply.ts;
### IDs und Variablen wie in phrases/en/no-reply.ftl. Fehlt hier eine ID, gilt die englische Fassung.
### „Sie“, oder „du“ nach $anrede (siehe shared.ftl). $expertise, $challengeTopic, $referral: Worte aus dem Profil.

## Die Notiz an Sie über den Nachrichten

no-reply-note = Schicken Sie die Antwort noch am selben Tag. Sie hat drei Aufgaben: danken, die Tür offen lassen und fragen, wer sonst helfen könnte. Nicht widersprechen, nicht nach dem Warum fragen und nicht noch einmal werben.
no-reply-note-indirect = Wo „das könnte schwierig werden“ Nein heißt, nehmen Sie es als klare Antwort und antworten Sie genauso freundlich.

## Wenn die Antwort Nein war

no-reply-subject = { $anrede ->
        [du] Danke – und eine kleine Frage
       *[other] { $tone ->
            [formal] Vielen Dank für Ihre Rückmeldung
            [warm] Danke – und eine kleine Frage
           *[concise] Danke, und eine Frage
        }
    }
no-reply-thanks = { $anrede ->
        [du] Vielen Dank für deine Zeit und deine klare Antwort.
       *[other] { $tone ->
            [warm] Herzlichen Dank für Ihre Zeit und Ihre klare Antwort.
           *[other] Vielen Dank für Ihre Zeit und Ihre klare Antwort.
        }
    }
no-reply-thanks-indirect = { $anrede ->
        [du] Ganz herzlichen Dank, dass du so gründlich darüber nachgedacht hast.
       *[other] { $tone ->
            [formal] Vielen Dank, dass Sie sich so sorgfältig mit meiner Bitte befasst haben.
            [warm] Ganz herzlichen Dank, dass Sie so gründlich darüber nachgedacht haben.
           *[concise] Vielen Dank, dass Sie meine Anfrage geprüft haben.
        }
    }
no-reply-understand = { $anrede ->
        [du] Deine Entscheidung verstehe ich voll und ganz.
       *[other] { $tone ->
            [formal] Ich verstehe Ihre Entscheidung.
            [warm] Ihre Entscheidung verstehe ich voll und ganz.
           *[concise] Das verstehe ich gut.
        }
    }
no-reply-understand-executive = { $anrede ->
        [du] Deine Entscheidung verstehe ich voll und ganz; ich weiß, wie viel bei dir gerade anliegt.
       *[other] { $tone ->
            [formal] Ich verstehe Ihre Entscheidung und weiß, wie viele Anfragen Sie erreichen.
            [warm] Ihre Entscheidung verstehe ich voll und ganz; ich weiß, wie viel bei Ihnen gerade anliegt.
           *[concise] Das verstehe ich gut – ich weiß, wie ausgelastet Sie sind.
        }
    }
# Nur im förmlichen und warmen Ton gesagt. Arbeitet die Person anderswo ($workplace „other“: Institut,
# Behörde, Firma), heißt es neutral „Ihr Haus“.
no-reply-cross-team = { $anrede ->
        [du] Ich weiß, dass die Bitte nicht aus deinem { $workplace ->
            [other] Haus
           *[same] Team
        } kam, und schätze es deshalb sehr, dass du dir Zeit dafür genommen hast.
       *[other] { $tone ->
            [formal] Mir ist bewusst, dass die Bitte von außerhalb Ihres { $workplace ->
                [other] Hauses
               *[same] Teams
            } kam; umso mehr schätze ich, dass Sie sie geprüft haben.
           *[warm] Ich weiß, dass die Bitte nicht aus Ihrem { $workplace ->
                [other] Haus
               *[same] Team
            } kam, und schätze es deshalb sehr, dass Sie sich Zeit dafür genommen haben.
        }
    }
no-reply-former-manager = { $anrede ->
        [du] Ich bin immer noch dankbar für unsere gemeinsame Zeit.
       *[other] { $tone ->
            [formal] Für unsere gemeinsame Zeit bin ich Ihnen nach wie vor dankbar.
            [warm] Ich bin immer noch dankbar für unsere gemeinsame Zeit.
           *[concise] Für unsere gemeinsame Zeit damals bin ich Ihnen nach wie vor dankbar.
        }
    }
no-reply-keep-working = { $tone ->
        [formal] Ich arbeite an dem Vorhaben weiter.
       *[other] Ich bleibe an dem Thema dran.
    }
no-reply-one-question = { $anrede ->
        [du] Wenn ich vor einer Entscheidung stehe, bei der deine Erfahrung besonders hilft, dürfte ich dir dann eine kurze Frage stellen?
       *[other] { $tone ->
            [formal] Sollte eine Entscheidung anstehen, bei der Ihre Erfahrung besonders hilft, würde ich Ihnen dann gern eine einzige Frage stellen, wenn ich darf.
            [warm] Wenn ich vor einer Entscheidung stehe, bei der Ihre Erfahrung besonders hilft, dürfte ich Ihnen dann eine kurze Frage stellen?
           *[concise] Falls ich einmal bei einer Entscheidung feststecke, bei der Ihre Erfahrung hilft: Darf ich Ihnen dann eine kurze Frage stellen?
        }
    }
no-reply-one-question-async = { $anrede ->
        [du] Wenn ich vor einer Entscheidung stehe, bei der deine Erfahrung besonders hilft, dürfte ich dir dann eine kurze schriftliche Frage schicken?
       *[other] { $tone ->
            [formal] Sollte eine Entscheidung anstehen, bei der Ihre Erfahrung besonders hilft, würde ich Ihnen dann gern eine einzige schriftliche Frage schicken, wenn ich darf.
            [warm] Wenn ich vor einer Entscheidung stehe, bei der Ihre Erfahrung besonders hilft, dürfte ich Ihnen dann eine kurze schriftliche Frage schicken?
           *[concise] Falls ich einmal bei einer Entscheidung feststecke, bei der Ihre Erfahrung hilft: Darf ich Ihnen dann eine kurze Frage schicken?
        }
    }
no-reply-anyone-else = { $anrede ->
        [du] Fällt dir jemand ein, mit dem ich sprechen sollte?
       *[other] { $tone ->
            [formal] Gibt es jemanden, an den Sie mich verweisen würden?
            [warm] Fällt Ihnen jemand ein, mit dem ich sprechen sollte?
           *[concise] Gibt es jemanden, den Sie mir empfehlen würden?
        }
    }
# Nur im förmlichen und warmen Ton gesagt.
no-reply-you-know-my-work = { $anrede ->
        [du] Du weißt besser als die meisten, wie ich arbeite.
       *[other] { $tone ->
            [formal] Sie kennen meine Arbeit besser als die meisten; Ihre Empfehlung hätte daher großes Gewicht für mich.
           *[warm] Sie wissen besser als die meisten, wie ich arbeite.
        }
    }
no-reply-someone = { $anrede ->
        [du] Gibt es jemanden, mit dem ich deiner Meinung nach sprechen sollte?
       *[other] Gibt es jemanden, mit dem ich Ihrer Meinung nach sprechen sollte?
    }
# Ist die Tür noch offen, beginnt der warme Ton mit „Und“.
no-reply-someone-and = { $anrede ->
        [du] { $tone ->
            [warm] Und gibt es jemanden, mit dem ich deiner Meinung nach sprechen sollte?
           *[other] { no-reply-someone }
        }
       *[other] { $tone ->
            [warm] Und gibt es jemanden, mit dem ich Ihrer Meinung nach sprechen sollte?
           *[other] { no-reply-someone }
        }
    }
# Wen sonst fragen: jemand, der sich mit ähnlichen Fragen beschäftigt (ihr Schwerpunkt wird ihr nicht vorgelesen);
# „jemanden“, wie in der Frage davor („Gibt es jemanden, …?“).
no-reply-someone-in-team = { $anrede ->
        [du] Vielleicht jemanden { $workplace ->
            [other] bei euch
           *[same] aus deinem Team
        }, der sich mit ähnlichen Fragen beschäftigt?
       *[other] { $tone ->
            [concise] Vielleicht kennen Sie jemanden { $workplace ->
                [other] bei Ihnen
               *[same] in Ihrem Team
            }, der sich mit ähnlichen Fragen beschäftigt?
           *[other] Vielleicht jemanden { $workplace ->
                [other] bei Ihnen
               *[same] aus Ihrem Team
            }, der sich mit ähnlichen Fragen beschäftigt?
        }
    }
no-reply-no-need-to-reply = { $anrede ->
        [du] Falls dir niemand einfällt, ist das auch in Ordnung; eine Antwort ist nicht nötig.
       *[other] { $tone ->
            [formal] Wenn Ihnen niemand einfällt, ist eine Antwort nicht nötig.
           *[other] Falls Ihnen niemand einfällt, ist das auch in Ordnung; eine Antwort ist nicht nötig.
        }
    }

## Wenn die Antwort „nicht jetzt“ war

no-reply-not-now-subject = { $tone ->
        [formal] Vielen Dank – ich komme { shared-month-in } darauf zurück
       *[other] Danke, und bis { shared-month }
    }
no-reply-not-now-thanks = { $anrede ->
        [du] Danke, dass du dir Zeit für mich genommen hast.
       *[other] { $tone ->
            [formal] Vielen Dank, dass Sie meine Bitte geprüft haben.
            [warm] Danke, dass Sie sich Zeit für mich genommen haben.
           *[concise] Vielen Dank für Ihre offene Antwort.
        }
    }
no-reply-not-now-understood = { $anrede ->
        [du] Dass es zeitlich gerade nicht passt, verstehe ich gut.
       *[other] { $tone ->
            [formal] Ich verstehe, dass der Zeitpunkt schwierig ist, und danke Ihnen für die offene Rückmeldung.
            [warm] Dass es zeitlich gerade nicht passt, verstehe ich gut.
           *[concise] Ich verstehe, dass es gerade nicht passt.
        }
    }
no-reply-not-now-come-back = { $anrede ->
        [du] Ich melde mich { shared-month-in } wieder; den Termin behalte ich selbst im Blick.
       *[other] { $tone ->
            [formal] { $hierarchy ->
                [hierarchical] Ich melde mich { shared-month-in } wieder, zu einer Zeit, die Ihnen dann passt; den Termin behalte ich selbst im Blick.
               *[other] Ich melde mich { shared-month-in } wieder; den Termin behalte ich selbst im Blick.
            }
            [warm] Ich melde mich { shared-month-in } wieder; den Termin behalte ich selbst im Blick.
           *[concise] Ich melde mich { shared-month-in } wieder und behalte den Termin selbst im Blick.
        }
    }
# Ohne „mit“ (siehe stay-in-touch in shared.ftl) kein zweiter Doppelpunkt im Satz.
no-reply-meantime-stay-in-touch = { $anrede ->
        [du] { $mit ->
            [no] { $channel ->
                [yes] In der Zwischenzeit halte ich, wie von dir vorgeschlagen, Kontakt über den Weg, den du genannt hast: { $referralDu }.
               *[no] In der Zwischenzeit melde ich mich, wie von dir vorgeschlagen, bei der Person, die du genannt hast, und danke dir für den Tipp: { $referralDu }.
            }
           *[yes] In der Zwischenzeit melde ich mich, wie von dir vorgeschlagen, bei { DATIVE($referral) } – danke für den Tipp.
        }
       *[other] { $mit ->
            [no] { $channel ->
                [yes] { $tone ->
                    [concise] Bis dahin halte ich Kontakt über den Weg, den Sie genannt haben: { $referralTheirs }.
                   *[other] In der Zwischenzeit halte ich, wie von Ihnen vorgeschlagen, Kontakt über den Weg, den Sie genannt haben: { $referralTheirs }.
                }
               *[no] { $tone ->
                    [concise] Bis dahin melde ich mich bei der Person, die Sie genannt haben; danke für den Hinweis: { $referralTheirs }.
                   *[other] In der Zwischenzeit melde ich mich, Ihrem Rat folgend, bei der Person, die Sie genannt haben, und danke Ihnen für den Hinweis: { $referralTheirs }.
                }
            }
           *[yes] { $tone ->
                [concise] Bis dahin melde ich mich bei { DATIVE($referral) }; danke für den Hinweis.
                [formal] In der Zwischenzeit melde ich mich, Ihrem Rat folgend, bei { DATIVE($referral) }, und ich danke Ihnen für den Hinweis.
               *[other] In der Zwischenzeit melde ich mich, Ihrem Rat folgend, bei { DATIVE($referral) } – herzlichen Dank für den Hinweis.
            }
        }
    }
# Das Thema in einem eigenen Satz (TOPIC wählt die Form): nie ein Nominativ in Klammern mitten im Dativ.
no-reply-meantime-someone = { $anrede ->
        [du] Gibt es in der Zwischenzeit jemanden, mit dem ich deiner Meinung nach über mein Vorhaben sprechen sollte? { $topic ->
            [none] { shared-about-challenge-topic }
           *[other] { shared-about-topic-sentence }
        }
       *[other] { $tone ->
            [concise] Gibt es bis dahin jemanden, mit dem ich über mein Vorhaben sprechen sollte?
           *[other] Gibt es in der Zwischenzeit jemanden, mit dem ich Ihrer Meinung nach über mein Vorhaben sprechen sollte?
        } { $topic ->
            [none] { shared-about-challenge-topic }
           *[other] { shared-about-topic-sentence }
        }
    }

## Danach

no-reply-then-calendar = Bei einem „nicht jetzt“ tragen Sie den Termin in Ihren eigenen Kalender ein, nicht in den von { leader-named-dative }.
# $named „yes“: Sie wurden schon an jemanden verwiesen ($referral, wie eingegeben, mit „mit“ regierbar): Dann
# wird diese Person genannt, statt „wenn … jemanden empfiehlt“ zu sagen.
no-reply-then-referral = { $named ->
        [yes] Schreiben Sie { DATIVE($referral) } innerhalb einer Woche, falls noch nicht geschehen, und sagen Sie, wer Sie empfohlen hat
       *[no] Wenn { leader-named } jemanden empfiehlt, schreiben Sie der empfohlenen Person innerhalb einer Woche und sagen Sie, wer Sie empfohlen hat
    }{ $relationship ->
        [executive] : Eine Empfehlung von ganz oben öffnet Türen, gehen Sie also sorgsam damit um.
        [cross-team] ; sagen Sie danach { leader-named-dative }, dass Sie es getan haben; so schließt sich der Kreis.
       *[other] {"."}
    }
no-reply-then-milestone = Arbeiten Sie sichtbar an Ihrem Vorhaben weiter und schicken Sie zwei Zeilen, wenn es einen Meilenstein erreicht.
no-reply-then-no-ask = Das war Ihre zweite Bitte, also enthält die Nachricht keine eigene Bitte.
no-reply-then-yes-later = Aus einem Nein heute wird oft ein Ja, wenn { leader-named } sieht, was Sie aus einem Rat machen.
no-reply-then-tell-manager = Sagen Sie Ihrer Führungskraft noch am selben Tag, wie es ausgegangen ist. Sie hat die Bitte unterstützt und sollte es nicht von jemand anderem erfahren.
no-reply-then-keep-relationship = Pflegen Sie die Beziehung so weiter wie vor der Bitte. Ein Nein zum Mentoring ist kein Nein zu Ihnen.
no-reply-then-elsewhere = Suchen Sie sich in der Zwischenzeit Hilfe anderswo: erfahrene Leute in anderen Teams, Fachkolleginnen und -kollegen in anderen Firmen, Communitys rund um das Problem.
# Im Profil steht nicht, dass Ihre Führungskraft Bescheid weiß: nichts wird behauptet.
no-reply-then-tell-manager-if-told = Wenn Ihre Führungskraft von der Bitte wusste, sagen Sie ihr noch am selben Tag, wie es ausgegangen ist; sie sollte es nicht von jemand anderem erfahren.
