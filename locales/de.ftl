# Neuron Lab: die deutschen Texte der Seite (Project Fluent).
# Die Referenz ist locales/en.ftl: gleiche IDs, gleiche Variablen, gleiche Reihenfolge.
# Format und Regeln: siehe docs/translating.md.

page-loading = Neuron Lab wird geladen…
page-brand = Neuron Lab
page-tagline = Biologische und künstliche Neuronen: worin die Analogie stimmt und wo sie zusammenbricht.
page-skip = Zum Inhalt springen
page-precheck = Erst prüfen, was du schon weißt (freiwillig, 10 Fragen)
page-open-whole = Die ganze Lektion in Neuron Lab öffnen
page-footer = Alles läuft in deinem Browser; nichts wird irgendwohin gesendet. Die Einstellungen stehen in der Adresszeile, so lässt sich jede Ansicht teilen.
language-menu = Sprache
notice-language-unavailable = Die Seite ist nicht auf „{ $lang }“ verfügbar und wird deshalb auf Englisch angezeigt.

crash-start-title = Neuron Lab konnte nicht starten
crash-start-text = Beim Laden ist ein Fehler aufgetreten, daher kann die Seite nicht fertig geladen werden. Lade sie neu, um es noch einmal zu versuchen; passiert das immer wieder, unterstützt dein Browser vielleicht kein WebAssembly.
crash-stopped-title = Neuron Lab funktioniert nicht mehr
crash-stopped-text = Die Simulation ist auf einen Fehler gestoßen, von dem sie sich nicht erholen kann, daher reagiert die Seite nicht mehr. Deine Einstellungen stehen in der Adresszeile: Lade die Seite neu, um dort weiterzumachen, wo du warst.
crash-reload = Seite neu laden
crash-sandbox-title = Dieser Rahmen verhindert, dass Neuron Lab startet
crash-sandbox-text = Die Seite, die Neuron Lab zeigt, bettet es in einen abgeschirmten Rahmen (Sandbox) ein, der die eigenen Dateien der App nicht laden darf. Bitte den Autor der Seite, allow-same-origin zur Sandbox des Rahmens hinzuzufügen (sandbox="allow-scripts allow-same-origin"), oder öffne Neuron Lab separat: über den Link oder indem du die Adresse unten in einen neuen Tab kopierst.
crash-open-alone = Neuron Lab separat öffnen

notice-dendrite-pattern = Das Eingabemuster für den Dendriten aus dem Link ließ sich nicht lesen, daher wird das erste aktive Muster gezeigt.
notice-dendrite-unreadable = { $field ->
        [kind] Der Dendritentyp
        [theta] Die dendritische Schwelle
        [tau] Die dCaAP-Abklingkonstante
       *[strength] Die Stärke der Eingaben
    } für den Dendriten aus dem Link ließ sich nicht lesen, daher wird der Standardwert verwendet.
notice-dendrite-clamped = { $field ->
        [kind] Der Dendritentyp
        [theta] Die dendritische Schwelle
        [tau] Die dCaAP-Abklingkonstante
       *[strength] Die Stärke der Eingaben
    } für den Dendriten aus dem Link lag außerhalb des zulässigen Bereichs, daher wird der nächstgelegene erlaubte Wert verwendet.

share-summary = Teilen oder einbetten
share-widget-label = Teilen
share-whole-lesson = Die ganze Lektion
share-only-neuron = Nur das biologische Neuron
share-only-explorer = Nur das künstliche Neuron
share-only-boundary = Nur die Entscheidungsgrenze
share-only-layers = Nur die Schichten
share-only-bridge = Nur Feuerraten und Plastizität
share-only-dendrite = Nur ein Dendrit, der XOR berechnet
share-only-timing = Nur Spikes im Zeitverlauf
share-only-scale = Nur der Größenvergleich
share-table-caption = Bedienelemente, die du für die Empfänger des Links ausblenden oder sperren kannst
share-column-controls = Bedienelemente
share-column-hide = Ausblenden
share-column-lock = Sperren
share-hide-group = Ausblenden: { $group }
share-lock-group = Sperren: { $group }
share-link-label = Link
share-no-challenges = Herausforderungen ausblenden (?challenges=off)
share-no-quiz = Verständnistests ausblenden (?quiz=off)
share-teachers-text = Für Lehrkräfte: Stundenplan, Arbeitsblatt mit Lösungen und Klassenübersicht.
share-teachers-link = Die Seite für Lehrkräfte öffnen
share-snippet-label = Einbettungscode für eine Kursseite
share-copy-link = Link kopieren
share-copy-snippet = Einbettungscode kopieren
copy-button = Kopieren
copy-done = Kopiert.
copy-failed = Dieser Browser lässt die Seite nicht kopieren: Markiere den Text und kopiere ihn selbst.
share-frame-title = Neuron Lab
share-locked-title = Gesperrt von der Lehrkraft, die diesen Link geteilt hat

share-group-ex-toolbar = Wahl der Aktivierungsfunktion und Schaltflächen
share-group-ex-inputs = Eingaben, Gewichte und Bias
share-group-bd-weights = Schieberegler für Gewichte und Bias
share-group-bd-learning = Lerneinstellungen
share-group-bd-training = Trainingsschaltflächen (Entscheidungsgrenze)
share-group-bd-data = Bedienelemente für die Daten
share-group-nn-settings = Netz- und Lerneinstellungen
share-group-nn-units = Anzahl der Einheiten
share-group-nn-training = Trainingsschaltflächen (Schichten)
share-group-bl-stimulus = Reizeinstellungen
share-group-bl-playback = Wiedergabe
share-group-dd-kind = Der Schalter für den monotonen Dendriten
share-group-dd-sliders = Schieberegler für Stärke, Schwelle und Abklingkonstante
share-group-sc-sources = Quellen

settings-export = Einstellungen exportieren (JSON)
settings-import = Einstellungen importieren (JSON)
settings-loaded = Einstellungen geladen.
settings-nothing-loaded = Nichts geladen. { $reason }
settings-too-large = Diese Datei ist zu groß für eine Einstellungsdatei von Neuron Lab.
settings-not-json = Diese Datei ist kein JSON und daher keine Einstellungsdatei von Neuron Lab.
settings-not-ours = Diese JSON-Datei ist keine Einstellungsdatei von Neuron Lab (ihr fehlt "format": "neuron-lab").
settings-other-version = Diese Einstellungsdatei stammt aus einer anderen Version von Neuron Lab und kann nicht gelesen werden.
settings-empty = Diese Einstellungsdatei enthält keine Einstellungen.

panic-title = In Neuron Lab ist etwas schiefgelaufen
panic-text = Die Seite ist auf einen Fehler gestoßen, von dem sie sich nicht erholen konnte. Deine Einstellungen stehen noch in der Adresszeile: Lade neu, um dort weiterzumachen, wo du warst, oder fang mit den Standardeinstellungen neu an.
panic-reload = Mit meinen Einstellungen neu laden
panic-afresh = Neu anfangen

embed-unknown-widget = Dieser Einbettungslink verlangt ein Widget „{ $name }“, das es in Neuron Lab nicht gibt, daher wird die ganze Lektion gezeigt.

## Ein Kurspaket in einem Kurssystem (SCORM 1.2). { $error } ist der Code des Kurssystems mit seinen Worten.
course-not-started = Das Kurssystem hat keine Sitzung begonnen ({ $error }). Auf dieser Seite funktioniert alles, aber dein Fortschritt wird im Kurs nicht erfasst.
course-not-saved = Das Kurssystem konnte deinen Fortschritt nicht speichern ({ $error }). Er bleibt auf dieser Seite, und nichts, was der Kurs schon erfasst hat, geht verloren.
course-not-committed = Das Kurssystem konnte das Gesendete nicht ablegen ({ $error }). Dein Fortschritt bleibt auf dieser Seite, und nichts, was der Kurs schon erfasst hat, geht verloren.
course-settings-too-long = Deine Einstellungen sind zu lang, um im Kurssystem gespeichert zu werden (höchstens 4096 Zeichen). Dein Fortschritt wird gespeichert; die Einstellungen bleiben im Link dieser Seite.

widget-more-settings = Weitere Einstellungen
widget-dismiss = Schließen
widget-pause = Pause
widget-save-png = PNG speichern
widget-save-png-plot = PNG speichern: { $plot }
widget-slider-still-using = { $problem }; weiterhin gilt { $value }
widget-loss-sound = Ton: wird tiefer, wenn der Verlust sinkt
widget-loss-tone = { $name } { $loss } klingt mit { $hz } Hz.
widget-loss-not-a-number = { $name } ist keine Zahl: kein Ton.
widget-loss-none = Noch kein Verlust: Trainiere, um ihn zu hören.
widget-loss-range = Tieferer Ton, kleinerer Verlust: { $low } Hz bei einem Verlust von { $floor } oder weniger, { $high } Hz bei { $ceiling } oder mehr.
widget-slider-field = Wert von { $name }

lesson-s1-title = 1. Das biologische Neuron
lesson-s2-title = 2. Das künstliche Neuron
lesson-s3-title = 3. Wo die Analogie trägt
lesson-s4-title = 4. Wo sie zusammenbricht
lesson-s5-title = 5. Warum der Name bleibt
lesson-s6-title = 6. Zusammenfassung
lesson-s7-title = 7. Überprüfe dein Verständnis
lesson-contents-label = Inhalt
lesson-try-this = Probier es aus.

lesson-s1-text = Ein Neuron sammelt Signale an seinen Dendriten, wo die Axone anderer Zellen über Synapsen mit ihm in Kontakt stehen. Jede Synapse hat eine Stärke: Manche erregen, manche hemmen. Der Zellkörper summiert die Wirkungen als Änderung seines Membranpotentials auf, das von selbst langsam wieder zum Ruhepotential zurückkehrt. Überschreitet das Potential am Anfang des Axons (am Axonhügel und am Initialsegment des Axons) eine Schwelle, feuert das Neuron ein Aktionspotential: einen Spike von nahezu fester Größe, der das Axon entlang zu den nächsten Zellen läuft, gefolgt von einer Refraktärzeit, in der das Neuron nicht sofort wieder feuern kann und danach nur bei stärkerer Eingabe. Lernen verändert unter anderem die Stärken der Synapsen.
lesson-s1-aside = Das Alles-oder-nichts-Prinzip gilt für den Spike, der am Initialsegment des Axons entsteht. Das ist aber nicht die ganze Geschichte: Auch langsamere, abgestufte (analoge) Änderungen des Membranpotentials laufen das Axon entlang und verändern, wie viel Transmitter ein Spike freisetzt (Shu et al. 2006, Nature 441:761; Alle & Geiger 2006, Science 311:1290), und manche Neuronen, etwa die Photorezeptoren der Netzhaut und die meisten ihrer Bipolarzellen, erzeugen überhaupt keine Spikes: Sie übertragen Signale mit abgestuften Potentialen (einige Bipolarzellen, die lange dazugezählt wurden, erzeugen, wie sich herausgestellt hat, doch auch Spikes: Baden et al. 2011, Curr Biol 21:1859).
lesson-s1-try = Verringere die Amplitude, bis der Spike verschwindet: Wo liegt die Schwelle? Wähle dann einen Doppelpuls und verkürze den Abstand: Ab wann löst der zweite Puls keinen Spike mehr aus, und warum?

lesson-s2-text = Das künstliche Neuron behält die Grundform und lässt die Physik weg. Seine Eingaben x stehen für die Signale an den Dendriten, seine Gewichte w für die Stärken der Synapsen, die gewichtete Summe plus ein Bias für das Aufsummieren im Zellkörper und die Aktivierungsfunktion f für die Entscheidung zu feuern; die Ausgabe y steht für das Signal des Axons. Das ganze Neuron passt in eine Zeile: y = f(w · x + b). Das Rechenbeispiel hat die Eingaben (0,5; 0,3; 0,8), die Gewichte (0,4; −0,2; 0,9) und den Bias 0,1: z = 0,96 und σ(0,96) = 0,7231.
lesson-s2-try = Mach das zweite Gewicht stark negativ: Wie weit sinkt die Ausgabe? Wechsle zur Sprungfunktion: Welcher Wert von z ist jetzt die Schwelle, und was passiert mit der Steigung?

lesson-s3-learning-heading = Lernen verändert Verbindungsstärken
lesson-s3-learning-text = Beide Arten von Neuronen lernen, indem sie die Stärken ihrer Verbindungen verändern. Ein künstliches Neuron folgt der Steigung seines Fehlers (Gradientenabstieg); eine Synapse wird stärker, wenn ihre Eingabe dazu beiträgt, einen Spike auszulösen (Spike-Timing-abhängige Plastizität), an vielen Synapsen allerdings nur, wenn zusätzlich ein Neuromodulator wie Dopamin vorhanden ist. Mit zwei Eingaben zieht das Neuron eine Gerade durch die Ebene, und Lernen verschiebt diese Gerade.
lesson-s3-learning-try = Trainiere zuerst mit OR, dann mit XOR. Warum kommt XOR nie über drei von vier Punkten hinaus? Was ändert das zusätzliche Merkmal x₁·x₂?
lesson-s3-layers-heading = Schichten und die Nichtlinearität, die das Stapeln lohnend macht
lesson-s3-layers-text = Im Gehirn steckt Information meist im Aktivitätsmuster vieler Zellen und nicht in einer einzelnen Zelle; ebenso verteilt ein Netz ein Problem auf Schichten von Einheiten. Schichten helfen aber nur, wenn jede eine nichtlineare Aktivierung anwendet, wie die Schwelle des Neurons: Stapelt man lineare Einheiten, lassen sich die Schichten zu einer einzigen linearen Abbildung ausmultiplizieren.
lesson-s3-layers-try = Wähle die Spirale und trainiere das voreingestellte Netz. Drücke dann „Alle Aktivierungen linear machen“: Was passiert mit der Grenze, egal wie viele Einheiten du hinzufügst?
lesson-s3-bridge-text = Über die Zeit gemittelt sieht die Feuerrate eines spikenden Neurons tatsächlich wie eine Aktivierungsfunktion aus, und Synapsen lernen tatsächlich aus dem Timing der Spikes. Beides findest du unten.

lesson-s4-backprop = <strong>Backpropagation (Fehlerrückführung) hat keine klare biologische Entsprechung.</strong> Beim Training eines Netzes werden präzise Fehlergradienten über dieselben Verbindungen rückwärts geschickt (drücke im Schichten-Widget „Rückwärtsdurchlauf zeigen“). Synapsen übertragen nur in eine Richtung, und kein bekannter Mechanismus kopiert die Vorwärtsgewichte in einen Rückwärtspfad (das Gewichtstransportproblem; Grossberg 1987). Lernen funktioniert auch ohne diese Kopie: Wähle im Schichten-Widget unter „Weitere Einstellungen“ Feedback-Alignment, das den Fehler über feste Zufallsgewichte zurückschickt (Lillicrap et al. 2016, Nat. Commun. 7:13276), und beobachte, wie der Winkel zwischen seinen Aktualisierungen und dem wahren Gradienten kleiner wird, während das Netz lernt. Es braucht aber weiterhin einen eigenen Rückwärtspfad und einen präzisen Fehler; deshalb gilt es als plausibler, aber nicht als biologisch.
lesson-s4-dale = <strong>Echte Neuronen erregen oder hemmen; künstliche Einheiten tun beides.</strong> Die meisten Neuronen haben an all ihren Synapsen dieselbe Wirkung, erregend oder hemmend (das Dale-Prinzip), und etwa jedes fünfte kortikale Neuron ist hemmend. Eine künstliche Einheit kann eine Einheit erregen und die nächste hemmen. Schalte im Schichten-Widget unter „Weitere Einstellungen“ das Dale-Gesetz ein: Die ausgehenden Gewichte jeder verborgenen Einheit behalten dann ein einziges Vorzeichen, und die Schaltfläche „Vergleichen“ trainiert dasselbe Netz mit und ohne das Gesetz. Netze mit festgelegten Vorzeichen lernen schlechter; Netze mit eigenen hemmenden Einheiten, die wie kortikale Interneuronen aufgebaut sind, schließen die Lücke (Cornford et al. 2021, ICLR).
lesson-s4-complexity = <strong>Echte Neuronen sind weit komplexer.</strong> Schon das Modell des Tintenfisch-Riesenaxons von 1952 braucht drei Arten von Ionenkanal-Toren, die sich zeitlich verändern (öffne im Neuronenlabor in <a href="#s1">Abschnitt 1</a> „Weitere Einstellungen“ und setze das Häkchen bei „Unter der Haube“); echte Neuronen haben dazu viele weitere Kanäle, rechnende Dendriten (einer folgt unten), mehr als hundert Transmitter (etwa ein Dutzend kleine Moleküle und über hundert Neuropeptide; Purves et al., Neuroscience) und Modulatoren, die die Regeln ändern.
lesson-s4-spikes = <strong>Spikes sind Ereignisse in der Zeit; Aktivierungen sind Zahlen.</strong> Die Ausgabe eines Neurons ist eine Folge nahezu gleich großer Spikes, deren Timing zählt; eine künstliche Einheit gibt einen einzigen kontinuierlichen Wert aus, der gleich bleibt, egal wann ihre Eingaben ankommen.
lesson-s4-scale = <strong>Größenordnung und Energie.</strong> Etwa 86 Milliarden Neuronen und 10¹⁴ Synapsen kommen mit etwa 20 Watt aus. Bis 2020 erreichten die größten veröffentlichten Modelle 175 Milliarden Parameter (GPT-3), bis 2021 über eine Billion (der dünn besetzte Switch Transformer mit 1,6 Billionen; Fedus et al. 2022, JMLR 23:120), immer noch weit weniger, als das Gehirn Synapsen hat; neuere Modelle veröffentlichen ihre Parameterzahl nicht. Das Training eines solchen Modells braucht Megawatt: Beim Training von GPT-3 waren es im Mittel etwa 3,6 MW (Patterson et al. 2021). Quellen für alles Übrige: <a href="#scale-title">Größenordnung: Gehirne und Netze</a>, weiter unten.
lesson-s4-dendrite-heading = Ein Dendrit, der rechnet
lesson-s4-dendrite-text = Ein Punktneuron addiert seine Eingaben und wendet auf die Summe eine einzige Funktion an. Wenn diese Funktion nur steigt (oder nur fällt), wie die Sprungfunktion, die Sigmoidfunktion und ReLU, teilt ein künstliches Neuron seine Eingaben entlang einer einzigen Geraden und kann XOR nicht berechnen; mit einer Aktivierung, die steigt und wieder fällt, etwa einer Gauß-Glocke, könnte es das. Echte Dendriten können mehr als addieren. Das kortikale Neuron des Menschen unten hat einen dendritischen Calcium-Spike, der schwächer wird, je stärker seine Eingabe wird, und in einem Modell, das auf den Messungen beruht, kann damit ein einzelnes Neuron XOR berechnen.
lesson-s4-dendrite-try = Lies die Wahrheitstabelle: Welche Muster bringen das Soma zum Feuern? Erhöhe τ, bis die Tabelle OR anzeigt, wechsle dann zum monotonen Dendriten und suche mit allen Schiebereglern nach XOR. Warum findest du es nicht?
lesson-s4-timing-heading = Spikes im Zeitverlauf
lesson-s4-timing-try = Schiebe die beiden Eingaben zeitlich auseinander, bis das Neuron nicht mehr feuert. Ändert sich die Antwort des künstlichen Neurons? Lass dann das Neuron aus dem Explorer auf beide Arten rechnen und vergleiche eine einzelne Zahl mit einer Spikefolge.

lesson-s5-history = Der Name hat historische Gründe: McCulloch und Pitts (1943) modellierten Neuronen als Schwelleneinheiten, und Rosenblatts Perzeptron (1958) wurde als Modell für das Lernen im Gehirn gebaut. Die Grundform blieb erhalten (gewichtete Eingaben, eine schwellenartige Nichtlinearität, Lernen durch Verändern von Gewichten), während fast alles andere zugunsten dessen wegfiel, was sich auf einem Chip gut berechnen lässt. Der Name ist eine nützliche Erinnerung an diesen Ursprung und ein irreführendes Versprechen, wenn man ihn wörtlich nimmt.
lesson-s5-claims = Wenn also jemand behauptet, ein KI-System „funktioniert wie das Gehirn“, dann frag, welcher Teil gemeint ist: die gewichtete Summe und die Nichtlinearität, ja; Spikes, Timing, die Lernregeln des Gehirns, sein Energiebudget, die schiere Detailfülle echter Zellen, in den meisten Systemen überhaupt nicht. Was ein Netz kann, muss man durch Testen beurteilen, nicht anhand seines Namens.

lesson-summary-caption = Biologische und künstliche Neuronen im Vergleich; jede Zeile verlinkt auf das Widget, das sie zeigt
lesson-summary-aspect = Aspekt
lesson-summary-biological = Biologisches Neuron
lesson-summary-artificial = Künstliches Neuron
lesson-summary-see-it = Ansehen
lesson-summary-input = Verrechnung der Eingaben
lesson-summary-input-biological = Ströme von Tausenden Synapsen summieren sich auf der Membran, mit Leckverlusten und Wechselwirkungen in Zeit und Raum
lesson-summary-input-artificial = Eine gewichtete Summe w · x + b, sofort und exakt
lesson-summary-input-see = <a href="#s2">Das künstliche Neuron</a>
lesson-summary-nonlinearity = Nichtlinearität
lesson-summary-nonlinearity-biological = Eine Schwelle und ein Alles-oder-nichts-Spike, danach eine Refraktärzeit
lesson-summary-nonlinearity-artificial = Eine Aktivierungsfunktion: Sprungfunktion, Sigmoid, ReLU…; ohne sie fallen Schichten zu einer einzigen zusammen
lesson-summary-nonlinearity-see = <a href="#s3">Schichten</a>
lesson-summary-output = Ausgabe
lesson-summary-output-biological = Eine Spikefolge; das Timing trägt Information
lesson-summary-output-artificial = Eine einzige kontinuierliche Zahl
lesson-summary-output-see = <a href="#s4">Spikes im Zeitverlauf</a>
lesson-summary-learning = Lernmechanismus
lesson-summary-learning-biological = Plastizität, angetrieben von der Aktivität an der jeweiligen Synapse, etwa STDP, oft erst durch einen Neuromodulator wie Dopamin freigegeben (ein dritter Faktor)
lesson-summary-learning-artificial = Gradientenabstieg mit rückwärts propagiertem, globalem Fehler (Feedback-Alignment braucht keine Kopie der Gewichte, aber trotzdem einen Rückwärtspfad)
lesson-summary-learning-see = <a href="#s3">Lernen</a>, <a href="#layers-title">Lernen ohne Backpropagation</a>
lesson-summary-complexity = Komplexität
lesson-summary-complexity-biological = Ionenkanäle, rechnende Dendriten (in einem Modell, das auf Messungen beruht, berechnet ein Neuron XOR), mehr als hundert Transmitter, Modulation
lesson-summary-complexity-artificial = Ein paar Multiplikationen und eine Funktion
lesson-summary-complexity-see = <a href="#s1">Das biologische Neuron</a>, <a href="#dendrite-title">ein Dendrit, der XOR berechnet</a>
lesson-summary-scale = Größenordnung und Energie
lesson-summary-scale-biological = 86 Milliarden Neuronen, etwa 10¹⁴ Synapsen, 20 W; ein synaptisches Ereignis etwa 0,01 pJ
lesson-summary-scale-artificial = Hunderte Milliarden Parameter, über eine Billion bei den größten veröffentlichten Modellen (2020–2022); Megawatt für das Training; eine 32-Bit-Multiplikation mit Addition etwa 5 pJ (auf einem 45-nm-Chip)
lesson-summary-scale-see = <a href="#s4">Größenordnung</a>

lesson-s7-text = Zehn Fragen zu den Aussagen der Lektion. Jede Antwort wird erklärt, mit einem Link zum Widget, das sie zeigt; wenn du den Verständnistest vor der Lektion gemacht hast, wird dein Lernzuwachs angezeigt.

scale-title = Größenordnung: Gehirne und Netze
scale-lede = Anzahlen auf einer logarithmischen Achse, jede Gitterlinie das Hundertfache der vorigen. Eine Synapse ist weit mehr als eine Zahl und ein Parameter weit weniger als eine Synapse: Verglichen werden Größenordnungen, nicht Gleiches mit Gleichem.
scale-chart-label = Größenvergleich, logarithmisch
scale-bar-name = { $system } · { $quantity }
scale-readout = { $system }: etwa { $count } { $quantity } (Quelle: { $source }).
scale-readout-empty = Wähle einen Balken mit der Tastatur aus oder zeige mit der Maus darauf, um seinen Wert und seine Quelle zu sehen.
scale-energy-title = Energie: ein Ereignis im Gehirn, eine Operation im Chip
scale-energy-caption = Energie eines Ereignisses in Pikojoule (10⁻¹² J), mit der Rechnung
scale-energy-event = Ereignis
scale-energy-energy = Energie
scale-energy-how = Wie sie berechnet wird
scale-energy-picojoules = { $pj } pJ
scale-energy-from-atp = { $atp } ATP × { $joules_per_atp } J pro ATP = { $pj } pJ
scale-energy-measured = gemessen an einem 45-nm-Chip
scale-energy-text = Ein synaptisches Ereignis kostet also grob { $ratio } einer 32-Bit-Multiplikation mit Addition und ein ganzer Spike etwa so viel wie { $spikes } davon; beide Werte sind nur bis auf einen kleinen Faktor genau, und eine einzige Zahl aus dem Speicher zu holen kostet mehr als beides. Eine Top-down-Abschätzung fällt mehr als zehnmal so hoch aus, und so muss es auch sein, denn sie zählt alle Kosten des Gehirns, nicht nur die eines einzelnen Ereignisses: Etwa 20 Watt, verteilt auf rund 10¹⁴ Synapsen, die jeweils etwa einmal pro Sekunde ein Signal weitergeben, ergeben größenordnungsmäßig 10⁻¹³ Joule pro synaptischem Ereignis. Eine Rechenzentrums-GPU (eine NVIDIA A100: höchstens 400 W für 312 × 10¹² 16-Bit-Operationen pro Sekunde) verbraucht bei voller Geschwindigkeit etwa 10⁻¹² Joule pro Operation, und das Training eines großen Sprachmodells hält Tausende davon wochenlang beschäftigt.
scale-sources = Quellen
scale-source-count = { $system }, { $quantity }: { $source }
scale-source-energy = { $event }: { $source }
scale-source-brain-power = Leistung des Gehirns, etwa 20 W: Attwell & Laughlin 2001, J. Cereb. Blood Flow Metab.; Raichle & Gusnard 2002, PNAS.
scale-source-gpu = Datenblatt der NVIDIA A100 Tensor Core GPU (2020): 400 W, 312 TFLOPS FP16 Tensor.
scale-source-atp = Ein ATP-Molekül, etwa 8,3 × 10⁻²⁰ J: etwa 50 kJ/mol unter zellulären Bedingungen (Nelson & Cox, Lehninger Principles of Biochemistry), geteilt durch die Avogadro-Konstante.

explorer-title = Baue ein künstliches Neuron
explorer-lede = Eingaben mal Gewichte, plus ein Bias, durch eine Aktivierungsfunktion: { $formula }.
explorer-plot-label = Diagramm der Aktivierungsfunktion
explorer-notes-inputs = Jede Eingabe ist ein Signal, das an einem Dendriten ankommt; ihr Gewicht ist die Stärke dieser Synapse, und negative Gewichte hemmen. Der Bias verschiebt die Schwelle: Er bestimmt, wie leicht das Neuron ganz ohne Eingabe feuert.
explorer-function = Funktion
explorer-slope = Steigung
explorer-biology = <strong>Biologie:</strong> { $note }
explorer-notes-plot = Der orangefarbene Ring ist der Arbeitspunkt des Neurons (z, f(z)); die orangefarbene Linie ist dort die Tangente, und ihrer Steigung folgt der Gradientenabstieg.

explorer-legend-excitatory = erregend, w > 0
explorer-legend-inhibitory = hemmend, gestrichelt
explorer-legend-width = Breite: |w|
explorer-diagram-title = Neuronendiagramm
explorer-diagram-inputs = Eingaben x
explorer-diagram-dendrites = Dendriten
explorer-diagram-weights = Gewichte w
explorer-diagram-synapses = Synapsen
explorer-diagram-cell-body = Zellkörper
explorer-diagram-hillock = Axonhügel
explorer-diagram-output = Ausgabe y
explorer-diagram-axon = Axon
explorer-diagram-sums = summiert seine Eingaben
explorer-diagram-passes-on = gibt das Signal weiter
explorer-diagram-input-excitatory = x{ $n } = { $x } über eine erregende Synapse mit Gewicht { $w }
explorer-diagram-input-inhibitory = x{ $n } = { $x } über eine hemmende Synapse mit Gewicht { $w }
explorer-diagram-input-silent = x{ $n } = { $x } über eine stille Synapse mit Gewicht { $w }
explorer-diagram-input-separator = { "; " }
explorer-diagram-result = Der Zellkörper summiert sie mit dem Bias zu z = { $z }; die Aktivierung { $activation } liefert die Ausgabe { $y }, die über das Axon weitergeleitet wird.
explorer-diagram-description = { $n ->
        [one] { $n } Eingabe
       *[other] { $n } Eingaben
    }: { $inputs }. Bias b = { $bias }. { $result }

explorer-equation-title = Die Gleichung, live
explorer-cannot-evaluate = Dieses Neuron lässt sich nicht auswerten: { $reason }
explorer-weighted-sum = gewichtete Summe
explorer-output = Ausgabe
explorer-output-aria = Ausgabe y des Neurons

explorer-inputs-title = Eingaben und Gewichte
explorer-input-label = Eingabe x
explorer-weight-label = Gewicht w
explorer-bias-label = Bias b
explorer-remove-input = Eingabe x{ $n } entfernen
explorer-activation-label = Aktivierungsfunktion
explorer-add-input = Eingabe hinzufügen
explorer-add-input-limit = Ein Neuron hat hier höchstens { $n ->
        [one] { $n } Eingabe
       *[other] { $n } Eingaben
    }
explorer-example = Beispiel aus dem Text
explorer-reset = Zurücksetzen
explorer-reset-title = Zurück zu den Einstellungen, mit denen diese Seite geöffnet wurde

boundary-title = Zieh eine Grenze und lass dann das Neuron lernen
boundary-lede = Ein Neuron mit zwei Eingaben teilt die Ebene entlang der Geraden { $formula }. Verschiebe sie oder drücke „{ boundary-train }“ und sieh zu, wie es lernt. Probier dann XOR.

boundary-data-set = Datensatz
boundary-own-points = Eigene Punkte
boundary-product-feature = Merkmal x₁·x₂ als dritte Eingabe hinzufügen
boundary-seed = Zufallsstartwert
boundary-new-seed = Neuer Zufallsstartwert
boundary-noise = Rauschen
boundary-new-points-are = Neue Punkte sind
boundary-new-class-1 = Klasse 1 (blauer Kreis)
boundary-new-class-0 = Klasse 0 (zinnoberrotes Quadrat)
boundary-point-form = Punkt per Tastatur hinzufügen oder entfernen
boundary-new-point = Neuer Punkt x
boundary-add-point = Punkt hinzufügen
boundary-remove-point = Nächstgelegenen Punkt entfernen
boundary-no-point-near = Dort liegt im Umkreis von { $radius } kein Punkt, der entfernt werden könnte.
boundary-clear-points = Alle Punkte löschen
boundary-csv = Punkte als CSV
boundary-csv-label = Ein Punkt pro Zeile: x1,x2,label (label 0 oder 1)
boundary-csv-load = Punkte laden
boundary-csv-show = Aktuelle Punkte zeigen
boundary-point-not-added = Kein Punkt hinzugefügt: Punkte müssen in der Ebene liegen, und es können höchstens { $n } sein.
boundary-csv-loaded = { $n ->
        [one] { $n } Punkt
       *[other] { $n } Punkte
    } geladen.
boundary-csv-not-loaded = Nichts geladen. { $reason }

boundary-learning = Lernen
boundary-rule = Lernregel
boundary-rate = Lernrate
boundary-training-group = Training
boundary-train = Trainieren
boundary-one-epoch = Eine Epoche
boundary-one-example = Ein Beispiel
boundary-reset-weights = Gewichte zurücksetzen
boundary-epoch = Epoche
boundary-loss = Verlust
boundary-correct = Richtig
boundary-correct-aria = Richtig klassifizierte Punkte
boundary-correct-count = { $correct } von { $total }
boundary-speed = Geschwindigkeit
boundary-epochs-per-second = { $rate } Epochen/s
boundary-paused = Angehalten.
boundary-xor-stuck = Ein künstliches Neuron mit steigender Aktivierung schafft das nicht; ein einzelnes kortikales Neuron des Menschen schon, in einem Modell, das auf Messungen beruht: <a href="#dendrite-title">Sieh dir einen Dendriten an, der XOR berechnet</a>.
boundary-restore-run-start = Zurück zu den Gewichten vor diesem Durchlauf
boundary-activation = Aktivierung
boundary-speed-option = { $speed ->
        [slow] Langsam
        [normal] Normal
       *[fast] Schnell
    } ({ $n ->
        [one] { $n } Epoche
       *[other] { $n } Epochen
    } pro Bild)
boundary-curve-label = Trainingskurve: Verlust und Genauigkeit pro Epoche
boundary-curve-description = Trainingskurve über { $epochs ->
        [one] { $epochs } Epoche
       *[other] { $epochs } Epochen
    }: mittlerer Verlust jetzt { $loss }{ $trend ->
        [falling] , sinkt noch
        [flat] , stagniert (ein Plateau)
        [rising] , steigt
       *[none] {""}
    }, { $percent } % der Punkte richtig.
boundary-curve-none = Noch kein Training.

boundary-step-title = Ein Beispiel, Schritt für Schritt
boundary-step-example = Beispiel ({ $x1 }; { $x2 }), Klasse { $class } (Zielwert t = { $target }).
boundary-step-forward = Vorwärtsdurchlauf: z = { $z }, Ausgabe y = { $symbol }({ $z }) = { $y }.
boundary-step-error = Fehler y − t = { $error }; Verlust { $loss }.
boundary-step-gradient-perceptron = Gradient jedes Gewichts, −(t − y)·x (die Aktualisierungsrichtung des Perzeptrons); Aktualisierung w ← w − { $rate }·Gradient:
boundary-step-gradient = Gradient jedes Gewichts, ∂Verlust/∂w = ∂Verlust/∂z · x; Aktualisierung w ← w − { $rate }·Gradient:
boundary-step-weight = Gewicht
boundary-step-input = Eingabe x
boundary-step-gradient-column = Gradient
boundary-step-new-value = Neuer Wert

boundary-weights-title = Gewichte und Bias
boundary-class-1-where = Klasse 1 dort, wo f(z) ≥ { $half }, also z ≥ { $level }; der Pfeil (w₁, w₂) zeigt dorthin.
boundary-weight-label = Gewicht w
boundary-bias-label = Bias b

boundary-plane-heading = Die Ebene
boundary-plane-label = Entscheidungsebene: die Ausgabe des Neurons über den Eingaben x1 und x2, mit den Daten
boundary-class-0 = Klasse 0
boundary-class-1 = Klasse 1
boundary-plane-hint = Zieh die Gerade oder ihren Pfeil; klick in die Ebene, um einen Punkt hinzuzufügen, oder auf einen Punkt, um ihn zu entfernen.

plot-point = ({ $x }; { $y })
plot-epoch = Epoche
plot-time = Zeit (ms)
plot-activation-x = z (gewichtete Summe)
plot-activation-slope = f′(z), die Steigung
plot-activation-curve = f(z), { $name }
plot-angle-y = Winkel (°)
plot-angle-random = 90°: nicht besser als eine zufällige Richtung
plot-soma-threshold = Soma-Schwelle { $value } mV
plot-dendrite-potential = Dendrit (Ruhepotential + dCaAP)
plot-soma = Soma
plot-dendrite-curve-x = Eingangsstrom I (nA)
plot-dendrite-curve-y = Antwort / Maximum
plot-dendrite-sigmoid = Sigmoid σ(I − θ)
plot-dendrite-relu = ReLU
plot-soma-fires = Soma feuert oberhalb
plot-one-input = eine Eingabe
plot-both-inputs = beide
plot-dendrite-amplitude = Dendrit A(I) / A_max
plot-fi-x = Eingangsstrom ({ $unit })
plot-fi-y = Feuerrate (Hz)
plot-fi-relu = ReLU-Anpassung
plot-fi-sigmoid = Sigmoid-Anpassung
plot-fi-measured = gemessen
plot-mean-loss = mittlerer Verlust
plot-fraction-correct = Anteil richtig
plot-sweep = Durchlauf
plot-stdp-y = Gewichtsänderung Δw
plot-repetitions = Wiederholungen
plot-weight = Gewicht
plot-stdp-synapse = Synapse, STDP-Paarungen
plot-stdp-artificial = künstliches Gewicht, Gradientenschritte
plot-rest-line = Ruhepotential { $value } mV
plot-threshold-line = Schwelle { $value } mV
plot-gate-m = m (Natriumkanal öffnet)
plot-gate-h = h (Natriumkanal inaktiviert)
plot-gate-n = n (Kaliumkanal öffnet)
plot-open-fraction = geöffneter Anteil
plot-current-sodium = Natrium (einwärts < 0)
plot-current-potassium = Kalium (auswärts > 0)
plot-current-leak = Leckstrom
plot-current-y = Strom (µA/cm²)

layers-title = Neuronen in Schichten stapeln
layers-lede = Nichtlineare Schichten können die Grenze biegen; lineare fallen zu einem einzigen Neuron zusammen.

layers-controls-title = Netz und Lernen
layers-data-label = Datensatz
layers-hidden-layers-label = Verborgene Schichten
layers-hidden-activation-label = Aktivierung der verborgenen Schichten
layers-rate-label = Lernrate
layers-units-label = Einheiten in verborgener Schicht { $layer }
layers-transport-label = Training des Netzes
layers-train-button = Trainieren
layers-one-epoch-button = Eine Epoche
layers-reset-button = Zurücksetzen
layers-epoch-readout = Epoche
layers-test-loss-readout = Testverlust
layers-train-correct-readout = Richtig (Training)
layers-test-correct-readout = Richtig (Test)
layers-test-accuracy-label = Testgenauigkeit
layers-spoken-training = Training, Epoche { $epoch }: { $accuracy ->
        [none] Testverlust { $loss }.
       *[other] Testgenauigkeit { $accuracy } %, Testverlust { $loss }.
    }
layers-spoken-paused = Epoche { $epoch }: { $accuracy ->
        [none] Testverlust { $loss }.
       *[other] Testgenauigkeit { $accuracy } %, Testverlust { $loss }.
    }
layers-percent = { $value } %
layers-output-activation-label = Aktivierung der Ausgabe
layers-loss-label = Verlust
layers-batch-label = Batchgröße
layers-l2-label = Regularisierungsrate
layers-loss-sound-name = Trainingsverlust
layers-blew-up = Die Gewichte sind explodiert: Diese Lernrate ist zu groß. Das Training wurde angehalten, bevor eine Zahl unendlich wurde; verringere die Lernrate oder drücke „Zurücksetzen“.

layers-diagram-title = Das Netz
layers-backward-button = Rückwärtsdurchlauf zeigen
layers-diagram-label = Netzdiagramm
layers-unit-button = Einheit { $name }: Ausgabe zeigen und Gewichte bearbeiten
layers-input-label = Eingabe { $name }
layers-diagram-description = Ein Netz mit den Eingaben { $inputs }, { $layers ->
        [one] einer verborgenen Schicht aus { $sizes } Einheiten
       *[other] { $layers } verborgenen Schichten aus { $sizes } Einheiten
    } (Aktivierung { $hidden_activation }) und { $outputs ->
        [one] einer Ausgabe ({ $output_activation })
       *[other] { $outputs } Ausgaben, einer pro Klasse, die eine Softmax in Wahrscheinlichkeiten umrechnet
    }. { $weights } Gewichte und { $biases } Bias-Werte.{ $dale ->
        [on] { " " }Dale-Gesetz: Jede verborgene Einheit ist erregend oder hemmend; hemmende Einheiten sind mit einem Doppelring gezeichnet.
       *[off] { "" }
    }
layers-legend-positive = positiv
layers-legend-negative = negativ, gestrichelt
layers-legend-width = Breite: |w|
layers-backward-backprop = Rückwärtsdurchlauf: Das Fehlersignal δ erreicht Schicht { $layer } und fließt über ihre eingehenden Gewichte (orange) zurück; jedes davon erhält den Gradienten δ × die Eingabe, die es übertragen hat.
layers-backward-output = Rückwärtsdurchlauf: Der Fehler δ der Ausgabe aktualisiert ihre eingehenden Gewichte (orange), genau wie bei der Backpropagation; danach kommen die verborgenen Schichten an die Reihe, über die feste zufällige Rückkopplung.
layers-backward-feedback-alignment = Feedback-Alignment: Der Fehler δ erreicht Schicht { $layer } über die feste Zufallsmatrix B (lila gestrichelt), nicht über die Vorwärtsgewichte; ihre eingehenden Gewichte (orange) erhalten jeweils δ × die Eingabe, die sie übertragen haben.
layers-backward-direct = Direktes Feedback-Alignment: Der Fehler der Ausgabe gelangt direkt von der Ausgabe zu Schicht { $layer }, über eine eigene feste Zufallsmatrix (lila gestrichelt); ihre eingehenden Gewichte (orange) erhalten jeweils δ × die Eingabe, die sie übertragen haben.
layers-select-unit-hint = Wähle eine Einheit aus, um sie zu sehen und zu bearbeiten.
layers-unit-title = Einheit { $name }
layers-unit-plot-label = Ausgabe der gewählten Einheit über der Ebene
layers-unit-description = Die Ausgabe dieser Einheit über der Ebene reicht von { $low } bis { $high }.
layers-weight-from-label = Gewicht von { $name }
layers-bias-label = Bias

layers-collapse-title = Warum Nichtlinearität wichtig ist
layers-collapse-nonlinear = Die verborgenen Einheiten sind nichtlinear, daher lassen sich die Schichten nicht zu einer einzigen ausmultiplizieren: Die Grenze kann sich biegen. Mach alle Aktivierungen linear und sieh zu, wie das Netz zu einem einzigen Neuron zusammenfällt.
layers-make-linear-button = Alle Aktivierungen linear machen
layers-collapse-linear = Alle verborgenen Aktivierungen sind linear, daher lassen sich die Schichten zu einer einzigen linearen Schicht ausmultiplizieren (dem Produkt der Gewichtsmatrizen, wobei die Bias-Werte mitgeführt werden):
layers-collapsed-equation-label = Gleichwertige einzelne Schicht
layers-collapse-caption = Die einzelne Schicht sagt genau voraus, was das Netz tut
layers-collapse-input-column = Eingabe (x₁, x₂)
layers-collapse-network-column = Netz
layers-collapse-single-column = Einzelne Schicht
layers-collapse-point = ({ $x1 }; { $x2 })
layers-collapse-note = Ihre Grenze ist eine einzige Gerade (in der Ebene gestrichelt), egal wie viele Schichten und Einheiten: XOR, der Kreis und die Spirale bleiben unerreichbar. Stell die Aktivierung der verborgenen Schichten wieder auf tanh oder ReLU, damit sich die Grenze biegen kann.
layers-backprop-title = Backpropagation und ihr biologisches Problem
layers-backprop-text = Um zu lernen, schickt das Netz seinen Ausgabefehler über dieselben Verbindungen Schicht für Schicht zurück und weist so jedem Gewicht seinen exakten Anteil an der Schuld zu (drücke <em>Rückwärtsdurchlauf zeigen</em> über dem Diagramm). Kein bekannter Mechanismus im Gehirn tut das: Synapsen leiten Signale nur in eine Richtung, und der rückwärts laufende Fehler bräuchte eine exakte Kopie der Vorwärtsgewichte. Was eine Synapse nachweislich verändert, ist die Aktivität an dieser Synapse (der Eingangsspike und der eigene Spike der Zelle, der zurück in ihre Dendriten läuft), oft zusammen mit einem Neuromodulator wie Dopamin, der viele Synapsen zugleich erreicht (ein dritter Faktor; Gerstner et al. 2018, Front Neural Circuits 12:53): ein Signal für Belohnung oder Überraschung, kein präziser Fehler für jede einzelne Synapse.
layers-feedback-text = Braucht Lernen diese exakte Kopie? Wähle unter „Weitere Einstellungen“ Feedback-Alignment: Der Fehler läuft dann stattdessen über feste Zufallsgewichte zurück (Lillicrap et al. 2016), und das Diagramm zeigt den Winkel zwischen seinen Aktualisierungen und dem wahren Gradienten. Er beginnt nahe 90° oder darüber, sinkt, während sich die Vorwärtsgewichte an die zufällige Rückkopplung angleichen, und danach sinkt der Verlust, meist langsamer als mit Backpropagation. Feedback-Alignment kann aber auch stecken bleiben: Bei XOR kommt das voreingestellte 4-2-Netz nicht über 77 % richtige Testpunkte hinaus, während Backpropagation 100 % erreicht. Jede Einheit der letzten verborgenen Schicht erhält den Fehler der Ausgabe über eine einzige feste Zufallszahl, also werden alle dazu gedrängt, die Ausgabe in dieselbe Richtung zu verschieben; zwei Einheiten lassen zu wenige Richtungen, um sich an die feste Rückkopplung anzugleichen, zwei Ecken von XOR erhalten in diesen beiden Einheiten denselben Code, und der Fehler kommt nicht mehr durch. Mit einer einzigen verborgenen Schicht aus 4 Einheiten lernt Feedback-Alignment XOR.

layers-curves-label = Trainingskurven des Netzes
layers-curve-training = Trainingsverlust
layers-curve-test = Testverlust
layers-curves-description = Verlust und Genauigkeit pro Epoche über { $epochs ->
        [one] { $epochs } Epoche
       *[other] { $epochs } Epochen
    }: Trainingsverlust jetzt { $train_loss }, Testverlust { $test_loss }{ $trend ->
        [falling] , sinkt noch
        [flat] , stagniert (ein Plateau)
        [rising] , steigt
       *[none] {""}
    }{ $correct ->
        [none] .
       *[other] , { $correct } % der Testpunkte richtig.
    }

layers-rule-label = Lernregel
layers-rule-note = { $rule ->
        [backprop] Der Fehler läuft über die transponierten Vorwärtsgewichte zurück: Jede Aktualisierung folgt genau dem wahren Gradienten (Winkel 0°).
        [feedback-alignment] Der Fehler läuft statt über die Vorwärtsgewichte über eine feste Zufallsmatrix B zurück, sodass keine Kopie der Gewichte nötig ist (Lillicrap et al. 2016).
       *[direct-feedback-alignment] Der Ausgabefehler gelangt direkt zu jeder verborgenen Schicht, jeweils über eine eigene feste Zufallsmatrix (Nøkland 2016); bei nur einer verborgenen Schicht ist das dasselbe wie Feedback-Alignment.
    } Beim Wechsel der Regel beginnt das Training wieder mit denselben Anfangsgewichten, damit sich die Durchläufe fair vergleichen lassen.
layers-angle-readout = Winkel zum Gradienten
layers-angle-output-label = Winkel zum wahren Gradienten
layers-angle-plot-label = Winkel zwischen Aktualisierung und wahrem Gradienten
layers-angle-description = Der Winkel zwischen der Aktualisierung der verborgenen Gewichte durch diese Regel und dem wahren Gradienten: { $start }° zu Beginn, { $now }° in Epoche { $epoch }. Unter 90° führt die Aktualisierung noch bergab.
layers-angle-none = Noch kein Winkel.
layers-feedback-note = Der zufällige Rückkopplungspfad braucht keine Kopie der Vorwärtsgewichte, ist aber immer noch ein eigener Rückwärtspfad, der einen präzisen Fehler transportiert: plausibler als Backpropagation, aber nicht biologisch.

layers-plane-heading = Die Ebene
layers-plane-label = Ausgabe des Netzes über der Ebene
layers-plane-description = { $linear ->
        [yes] Lineare verborgene Schichten: Die Grenze ist eine einzige Gerade.
       *[no] { $shape }
    } Trainingspunkte: { $train }, davon { $train_correct } % richtig; Testpunkte: { $test }, davon { $test_correct } % richtig.
layers-legend-training = Training (gefüllt)
layers-legend-test = Test, zurückgehalten (hohl)
layers-layer-group = Verborgene Schicht { $layer }
layers-remove-layer = Schicht { $layer } entfernen
layers-add-layer = Verborgene Schicht hinzufügen
layers-features-legend = Eingabemerkmale
layers-data-two-classes = Zwei Klassen
layers-data-several-classes = Drei oder vier Klassen
layers-data-regression = Regression: einen Wert vorhersagen
layers-class-name = Klasse { $class }
layers-per-class-label = Richtige Testpunkte je Klasse
layers-test-loss-label = Testverlust
layers-train-loss-readout = Trainingsverlust
layers-train-share-label = Zum Training genutzte Punkte
layers-noise-label = Rauschen
layers-show-test = Testpunkte zeigen
layers-discretise = Ausgabe ohne Farbverlauf zeigen
layers-click-adds = Ein Klick auf die Ebene fügt hinzu
layers-new-value-label = Einen Punkt mit dem Wert
layers-csv = Eigene Punkte als CSV
layers-csv-label = Ein Punkt pro Zeile: x1,x2,label; als label eine Klasse von 0 bis 3 oder, bei Regression, ein Wert von −1 bis 1
layers-regulariser-label = Regularisierung
layers-regulariser-l1 = L1 (viele Gewichte auf null)
layers-regulariser-l2 = L2 (Weight Decay)
layers-softmax-text = Bei { $classes } Klassen hat das Netz eine Ausgabe pro Klasse, und die <strong>Softmax</strong> rechnet ihre Werte z in Wahrscheinlichkeiten um, die zusammen 1 ergeben: p<sub>k</sub> = exp(z<sub>k</sub>) / Σ<sub>j</sub> exp(z<sub>j</sub>). Die Ebene zeigt die wahrscheinlichste Klasse, blasser dort, wo sich das Netz weniger sicher ist. Das Training minimiert die Kreuzentropie, −ln p der richtigen Klasse. Bei zwei Klassen ist das die Sigmoid-Ausgabe, mit der du begonnen hast: Die Softmax von (z, 0) ist für die eine Klasse die Sigmoidfunktion von z und für die andere 1 minus diese.
layers-plane-class-regions = Klasse { $class }: { $regions } ({ $share } % der Ebene).
layers-plane-nowhere = nirgends
layers-plane-values = Es sagt Werte von { $low } bis { $high } voraus. Über 0: { $regions }.
layers-plane-regression-description = { $shape } Trainingspunkte: { $train }, Verlust { $train_loss }; Testpunkte: { $test }, Verlust { $test_loss }.
layers-inhibitory-unit-button = Einheit { $name } (hemmend): Ausgabe zeigen und Gewichte bearbeiten
layers-legend-inhibitory = Doppelring: hemmende Einheit
layers-dale-title = Dale-Gesetz
layers-dale-switch = Jede verborgene Einheit erregend oder hemmend
layers-dale-share-label = Hemmende Einheiten
layers-dale-more = Was ist das Dale-Gesetz, und was kostet es?
layers-dale-text = Die meisten echten Neuronen wirken an all ihren Synapsen gleich: Ein erregendes Neuron erregt jede Zelle, die es erreicht, und ein hemmendes hemmt sie (das Dale-Prinzip, wie Eccles es 1954 nannte; manche Neuronen schütten zwei Transmitter aus und verletzen es). Etwa 20 % der kortikalen Neuronen sind hemmend (Markram et al. 2004, Nat Rev Neurosci 5:793). Die ausgehenden Gewichte einer künstlichen Einheit können beliebige Vorzeichen haben. Schaltest du das Gesetz ein, behalten die ausgehenden Gewichte jeder verborgenen Einheit ein einziges Vorzeichen (blau für erregend, zinnoberrot für hemmend): Ein Gewicht, das das Training über null hinausschieben würde, bleibt bei null stehen. So einfach eingeschränkte Netze lernen schlechter als freie; Cornford et al. (2021, „Learning to live with Dale's principle“, ICLR) fanden, dass zusätzliche, eigene hemmende Einheiten, die wie kortikale Interneuronen verschaltet sind, sie wieder auf das Niveau der freien Netze bringen.
layers-dale-compare-button = Vergleichen: mit und ohne das Gesetz trainieren (je { $epochs } Epochen)
layers-dale-compared = Nach { $epochs } Epochen vom selben Ausgangspunkt aus: ohne Dale-Gesetz { $free }, mit Dale-Gesetz ({ $share } % hemmend) { $bound }.
layers-dale-loss = Testverlust { $loss }

dendrite-title = Ein Neuron, das XOR berechnet
dendrite-lede = Das Modell eines Dendriten aus dem menschlichen Cortex, dessen Calcium-Spike schwächer wird, je stärker seine Eingabe wird: Zwei Eingaben, die das Neuron jeweils allein zum Feuern bringen, schaffen das gemeinsam nicht.
dendrite-kind-label = Dendrit
dendrite-strength-label = Stärke s (nA)
dendrite-theta-label = Schwelle θ (nA)
dendrite-tau-label = Abklingkonstante τ (nA)
dendrite-run-title = Dendrit und Soma
dendrite-run-plot-label = Verläufe von Dendrit und Soma
dendrite-run-description = Eingaben x₁ = { $x1 }, x₂ = { $x2 }: Der Dendrit erhält { $input } nA, und sein Calcium-Spike erreicht ein Maximum von { $amplitude } mV über dem Ruhepotential; { $fires ->
        [yes] das Soma feuert bei { $time } ms
       *[no] das Soma bleibt unter seiner Schwelle und feuert nicht
    }.
dendrite-curve-title = Die Aktivierungsfunktion des Dendriten
dendrite-curve-plot-label = dCaAP-Amplitude in Abhängigkeit von der Eingabe
dendrite-curve-description = { $kind ->
        [dcaap] Das dCaAP ist unterhalb der Schwelle θ = { $theta } nA null, springt bei θ auf sein Maximum von { $max } mV und wird dann kleiner, je größer die Eingabe wird: Anders als die Sigmoidfunktion und ReLU, die nur steigen, fällt diese Aktivierung wieder ab.
       *[monotonic] Der monotone Dendrit steigt um θ = { $theta } nA steil an und bleibt bei jeder stärkeren Eingabe auf seinem Maximum von { $max } mV, wie eine Sigmoidfunktion.
    } Eine Eingabe ({ $one_input } nA) ergibt { $one_amplitude } mV, beide ({ $both_input } nA) ergeben { $both_amplitude } mV; das Soma feuert oberhalb von { $firing } mV.
dendrite-model-text = Das Modell: kein Calcium-Spike unterhalb der dendritischen Schwelle θ; ab der Schwelle ein Spike der Amplitude A(I) = A_max · e^(−(I − θ)/τ) mit festem zeitlichem Verlauf von einigen zehn Millisekunden, der über einen Kopplungsstrom ein Integrate-and-Fire-Soma antreibt. Jede aktive Eingabe liefert denselben Strom s, der Dendrit erhält also 0, s oder 2s. Erhöhe τ oder schwäche die Eingaben ab, bis beide zusammen noch nahe der Schwelle liegen, und aus XOR wird OR; schwäche sie unter θ ab, und es wird AND. Wechsle zum monotonen Dendriten: Was du auch einstellst, es erscheinen nur AND oder OR.
dendrite-source-text = Die Quelle: Gidon et al. 2020 (Science 367:83) haben diese abgestuften Calcium-Spikes (dCaAPs) in Hirnschnitten aus dem menschlichen Cortex, Schichten 2 und 3, gemessen und in einem Modell, das auf der gemessenen Kurve beruht, gezeigt, dass ein einzelnes solches Neuron XOR berechnen kann. Dieses XOR wurde im Modell gezeigt, nicht als XOR in einem lebenden Gehirn gemessen. Schon zuvor hatten Poirazi, Brannon & Mel (2003, Neuron 37:989) in einem detaillierten Modell eines Pyramidenneurons gezeigt, dass seine Dendriten selbst wie ein zweischichtiges Netz wirken. Die Parameter hier dienen der Veranschaulichung: Sie sind so gewählt, dass der Effekt sichtbar wird, und nicht an eine bestimmte Zelle angepasst.

dendrite-table-caption = Wahrheitstabelle aus der Simulation: Wähle eine Zeile, um ihren Durchlauf zu sehen
dendrite-amplitude-column = dCaAP (mV)
dendrite-soma-column = Soma
dendrite-soma-fires = feuert
dendrite-soma-silent = still
dendrite-row-label = { $fired ->
        [yes] { dendrite-soma-fires }
       *[no] { dendrite-soma-silent }
    }: x₁ = { $x1 }, x₂ = { $x2 }, Verläufe zeigen
dendrite-gate-readout = Dieses Neuron berechnet { $gate }. { $meaning }
dendrite-gate-xor = Es feuert bei genau einer aktiven Eingabe: Das kann kein einzelnes künstliches Neuron mit steigender Aktivierung.
dendrite-gate-or = Eine Eingabe genügt, und auch bei beiden feuert es: Das kann auch ein einzelnes künstliches Neuron.
dendrite-gate-and = Es feuert nur, wenn beide Eingaben aktiv sind: Das kann auch ein einzelnes künstliches Neuron.
dendrite-gate-never = Es feuert nie: Kein Muster bringt das dCaAP über die Feuerschwelle des Somas.
dendrite-gate-always = Es feuert immer, sogar ohne Eingabe.
dendrite-gate-other = Eine Funktion, die weder AND noch OR noch XOR ist.

## Biological neuron lab

bio-primer-title = Ein biologisches Neuron ableiten
bio-primer-lede = Ein echtes Neuron integriert Strom über die Zeit und feuert, sobald sein Membranpotential eine Schwelle überschreitet, ein Aktionspotential (einen Spike) von nahezu fester Größe. Injiziere Strom, finde die Schwelle, probiere zwei Pulse kurz hintereinander.
bio-timing-title = Spikes finden in der Zeit statt
bio-timing-explain = Eine Zahl im Vergleich zu einer Spikefolge: Die Rate der Folge steigt und fällt mit der Ausgabe des künstlichen Neurons, doch jeder Durchlauf hat andere Spikezeitpunkte, und eine negative Eingabe kann keine negative Rate sein.
bio-bridge-title = Feuerraten und wie Synapsen lernen

## Biological neuron lab: the two neuron models and the stimulus shapes

bio-model-hh = Hodgkin-Huxley (Tintenfisch-Riesenaxon)
bio-model-lif = Leaky Integrate-and-Fire
bio-stimulus-pulse = Einzelpuls
bio-stimulus-paired = Doppelpuls
bio-stimulus-train = Pulsfolge
bio-stimulus-step = Stufe (konstanter Strom)

## Biological neuron lab: the anatomy drawing

bio-anatomy-title = Anatomie eines Neurons
bio-anatomy-description = Dendriten empfangen die Eingaben (die künstlichen Eingaben xᵢ) über Synapsen (die Gewichte wᵢ); der Zellkörper summiert sie auf (die gewichtete Summe); der Axonhügel entscheidet, ob das Neuron feuert (die Aktivierungsfunktion, eine Schwelle); das Axon leitet den Spike zu den nächsten Zellen (die Ausgabe y). Das Membranpotential liegt gerade bei { $v } mV. { $spike ->
        [none] Kein Spike ist unterwegs.
       *[travelling] Ein Spike läuft das Axon entlang, { $percent } % des Weges sind geschafft.
    }
bio-anatomy-dendrites = Dendriten & Synapsen
bio-anatomy-dendrites-artificial = = Eingaben xᵢ & Gewichte wᵢ
bio-anatomy-soma = Zellkörper
bio-anatomy-soma-artificial = = gewichtete Summe Σ
bio-anatomy-hillock = Axonhügel
bio-anatomy-hillock-artificial = = Aktivierung f (Schwelle)
bio-anatomy-axon = Axon
bio-anatomy-axon-artificial = = Ausgabe y

## Biological neuron lab: the stimulus and playback

bio-stimulus-title = Reiz (Stromklemme)
bio-model-label = Neuronenmodell
bio-stimulus-label = Reiz
bio-amplitude-label = Amplitude ({ $unit })
bio-width-label = Pulsbreite (ms)
bio-interval-label = Intervall (ms)
bio-playback = Wiedergabe
bio-play = Abspielen
bio-back = 1 ms zurück
bio-step = 1 ms vor
bio-new-sweep = Neuer Durchlauf
bio-time-label = Zeit (ms)
bio-readout = Bei t = { $t } ms: V = { $v } mV, injizierter Strom { $i } { $unit }.
bio-time-spoken = { $t } ms: { $v } mV
bio-noise-label = Rauschen ({ $unit })
bio-sound = Ton: ein Klick pro Spike bei der Wiedergabe
bio-speed-label = Geschwindigkeit
bio-speed-slow = Zeitlupe (10 ms/s)
bio-speed-normal = Normal (25 ms/s)
bio-speed-fast = Schnell (100 ms/s)

## Biological neuron lab: the recording

bio-trace-title = Membranpotential
bio-trace-plot = Verlauf des Membranpotentials
bio-under-the-hood = Unter der Haube: Tore der Ionenkanäle zeigen (Hodgkin-Huxley)
bio-gates-plot = Tore der Ionenkanäle
bio-gates-description = Tore während des Durchlaufs: Die Natrium-Aktivierung m erreicht ein Maximum von { $m_peak }, die Natrium-Inaktivierung h fällt auf { $h_low }, die Kalium-Aktivierung n erreicht ein Maximum von { $n_peak }.
bio-currents-plot = Ionenströme
bio-currents-description = Ionenströme während des Durchlaufs: Der Natriumstrom erreicht { $inward } µA/cm² nach innen, der Kaliumstrom { $outward } µA/cm² nach außen.
bio-raster = Spike-Raster
bio-raster-description = Raster über { $sweeps ->
        [one] { $sweeps } Durchlauf
       *[other] die letzten { $sweeps } Durchläufe
    }: insgesamt { $spikes ->
        [one] { $spikes } Spike
       *[other] { $spikes } Spikes
    }, mittlere Rate { $rate } Hz.

## Biological neuron lab: the firing rate against the input current (f-I curve)

bio-fi-title = Feuerrate: eine Aktivierungsfunktion
bio-fi-model-label = Modell
bio-fi-plot = Feuerrate in Abhängigkeit vom Eingangsstrom
bio-fi-description = Feuerrate in Abhängigkeit vom konstanten Eingangsstrom beim Modell { $model }: still bis { $silent } { $unit }, { $rate } Hz bei { $top } { $unit }.{ $shape ->
        [jump] { " " }Es setzt abrupt ein: aus der Stille direkt auf { $first_rate } Hz bei { $first } { $unit } (Erregbarkeit der Klasse 2 nach Hodgkin), ein Sprung, den keine ReLU abbilden kann.
        [fit] { " " }Die ReLU-Anpassung beginnt bei { $onset } { $unit } und steigt um { $gain } Hz pro { $unit }.
       *[none] { "" }
    }
bio-fi-note = Über die Zeit gemittelt wächst die Rate eines spikenden Neurons mit seiner Eingabe und flacht dann ab (die Refraktärzeit begrenzt sie nach oben), ein wenig wie ReLU oder eine Sigmoidfunktion. In diesem Sinn ist die Ausgabe eines künstlichen Neurons eine Feuerrate. Die Formen unterscheiden sich allerdings: Beim Integrate-and-Fire-Neuron steigt die Rate ab 1,5 nA von null an, wenn auch sehr steil, während das Hodgkin-Huxley-Modell nahe 6,3 µA/cm² aus der Stille direkt auf etwa 50 Hz springt (Klasse 2 nach Hodgkins Einteilung; das Tintenfisch-Riesenaxon bei 6,3 °C), sodass keine ReLU gut dazu passt. Und die echte Ausgabe bleibt eine zeitliche Folge von Alles-oder-nichts-Spikes; die Zahl ist ein Mittelwert, und das künstliche Neuron lässt die Spikes, über die gemittelt wird, einfach weg.

## Biological neuron lab: spike-timing-dependent plasticity (STDP)

bio-stdp-title = Wie eine echte Synapse lernt
bio-stdp-plot = Fenster der Spike-Timing-abhängigen Plastizität
bio-stdp-description = Das STDP-Fenster: Gewichtsänderung in Abhängigkeit von der Verzögerung vom präsynaptischen zum postsynaptischen Spike. Positive Verzögerungen verstärken, negative schwächen, abklingend mit einer Zeitkonstante von 20 ms; der Ring markiert die gewählte Verzögerung.
bio-stdp-delay-label = Verzögerung prä → post (ms)
bio-stdp-potentiation = Das präsynaptische Neuron feuert { $delay } ms vor dem postsynaptischen: Die Synapse wird pro Paarung um { $change } stärker (Potenzierung).
bio-stdp-depression = Das präsynaptische Neuron feuert { $delay } ms nach dem postsynaptischen: Die Synapse wird pro Paarung um { $change } schwächer (Depression).
bio-stdp-simultaneous = Gleichzeitige Spikes: keine Änderung.
bio-stdp-repeat = Paarung wiederholen
bio-stdp-pair-more = { $n ->
        [one] Noch { $n }-mal paaren
       *[other] Noch { $n }-mal paaren
    }
bio-stdp-start-again = Von vorn beginnen
bio-stdp-weights-plot = Gewicht nach wiederholten Paarungen und Gradientenschritten
bio-stdp-trajectory = Nach { $n ->
        [one] { $n } Paarung
       *[other] { $n } Paarungen
    } bei { $delay } ms beträgt das Gewicht der Synapse { $weight } (anfangs { $start }); nach { $n ->
        [one] { $n } Gradientenschritt
       *[other] { $n } Gradientenschritten
    } in Richtung Ausgabe 1 beträgt das künstliche Gewicht { $artificial }.
bio-compare-caption = Spike-Timing-abhängige Plastizität und Gradientenabstieg
bio-compare-aspect = Aspekt
bio-compare-stdp = STDP (Synapse)
bio-compare-gradient = Gradientenabstieg (künstlich)
bio-compare-signal = Genutztes Signal
bio-compare-signal-stdp = Das Timing zweier Spikes an dieser Synapse
bio-compare-signal-gradient = Der Fehler der Ausgabe des ganzen Netzes
bio-compare-reach = Reichweite
bio-compare-reach-stdp = Lokal: die beiden Spikezeitpunkte an dieser Synapse (im Gehirn oft erst durch einen Neuromodulator freigegeben: ein dritter Faktor)
bio-compare-reach-gradient = Global: Der Fehler wird durch jede Schicht zurückgeschickt
bio-compare-follows = Wonach es sich richtet
bio-compare-follows-stdp = Kausalität in der Zeit: Hat diese Eingabe den Spike mitverursacht?
bio-compare-follows-gradient = Die Steigung eines Verlusts: In welcher Richtung sinkt der Fehler?
bio-compare-backward = Rückwärtsdurchlauf
bio-compare-backward-stdp = Keiner: Es wird kein Fehler zurückgeschickt (der Ausgangsspike selbst läuft zurück in die Dendriten)
bio-compare-backward-gradient = Backpropagation mit präzisen Gradienten

## Biological neuron lab: two inputs in time (coincidence)

bio-coincidence-title = Auf das Timing kommt es an
bio-coincidence-note = Zwei erregende Eingaben erreichen ein Integrate-and-Fire-Neuron. Bei der voreingestellten Stärke ist jede allein zu schwach, um es feuern zu lassen. Schiebe sie zeitlich auseinander.
bio-coincidence-delay-label = Verzögerung zwischen den Eingaben (ms)
bio-coincidence-strength-label = Stärke jeder Eingabe (nA)
bio-coincidence-plot = Zeitverlauf bei zwei Eingaben
bio-coincidence-artificial = Künstliches Neuron mit Sprungfunktion, x₁ = x₂ = 1, w₁ = w₂ = { $w }, b = { $b }: z = { $z } → Ausgabe { $y } ({ $state ->
        [fires] feuert
       *[silent] still
    }), bei dieser und jeder anderen Verzögerung.

## Biological neuron lab: the same inputs into both neurons

bio-same-title = Gleiche Eingaben, zwei Neuronen
bio-same-note = Das Neuron aus dem Explorer oben, auf beide Arten. Jede Eingabe xᵢ wird zu einer zufälligen (Poisson-)Spikefolge mit xᵢ × { $rate } Hz; jedes Gewicht wᵢ zu dem Strom, den jeder Spike dieser Eingabe injiziert (wᵢ × { $charge } nA, negativ: hemmend); der Bias zu einem konstanten Strom. Ändere die Werte im Explorer und beobachte beide Antworten.
bio-same-artificial = Künstliches Neuron
bio-same-artificial-output = Ausgabe des künstlichen Neurons
bio-same-lif = Integrate-and-Fire-Neuron
bio-same-biological-output = Ausgabe des biologischen Neurons
bio-same-rate = { $n ->
        [one] { $n } Spike
       *[other] { $n } Spikes
    } in { $ms } ms: { $hz } Hz
bio-same-plot = Spikefolgen von Eingaben und Ausgabe
bio-train-input = Eingabe x{ $i }
bio-train-output = Ausgabe
bio-same-input-train = Eingabe x{ $i } feuert { $n ->
        [one] { $n } Spike
       *[other] { $n } Spikes
    }
bio-list-separator = { ", " }
bio-same-description = Spikefolgen über { $ms } ms: { $inputs }; das Integrate-and-Fire-Neuron antwortet mit { $n ->
        [one] { $n } Spike
       *[other] { $n } Spikes
    } ({ $hz } Hz).
bio-same-new-trains = Neue zufällige Spikefolgen

## Challenges

challenge-list-title = Herausforderungen
challenge-hint = Tipp
challenge-state-solved = (gelöst)
challenge-state-open = (noch nicht gelöst)
challenge-nand-table-caption = Die Ausgabe des Neurons für jedes Eingabepaar (die ersten zwei Gewichte und der Bias)
challenge-nand-table-output = Ausgabe
challenge-nand-table-nand = NAND

challenge-goal-reached = Ziel erreicht.
challenge-rows-wrong = { $n ->
        [one] Eine Zeile oder ein Punkt ist noch falsch.
       *[other] { $n } Zeilen oder Punkte sind noch falsch.
    }
challenge-accuracy-short = Der Testgenauigkeit fehlen noch { $points } Prozentpunkte bis 90 %.

challenge-threshold-title = Finde die Schwelle
challenge-threshold-goal = Lass mit dem Hodgkin-Huxley-Modell, einem einzelnen 1-ms-Puls und ohne Rauschen die Amplitude auf dem kleinsten Wert stehen, der noch einen Spike auslöst.
challenge-threshold-hint = Senke die Amplitude Schritt für Schritt (die Pfeiltasten verstellen sie um 0,5). Der Spike behält seine Höhe, bis auf einmal gar keiner mehr kommt: Der letzte Wert mit Spike ist die Lösung.
challenge-threshold-setup = Einstellen: Hodgkin-Huxley, ein Einzelpuls von 1 ms Breite, Rauschen 0.
challenge-threshold-below = Kein Spike: Dieser Puls liegt unter der Schwelle.
challenge-threshold-far = Es feuert, weit über der Schwelle.
challenge-threshold-close = Es feuert, nah an der Schwelle: noch etwas niedriger.

challenge-refractory-title = Finde die Refraktärzeit
challenge-refractory-goal = Stelle mit dem Hodgkin-Huxley-Modell, einem Doppelpuls und ohne Rauschen das kürzeste Intervall ein, das noch einen zweiten Spike ergibt (auf 1 ms genau).
challenge-refractory-hint = Beginne bei 20 ms und verkürze das Intervall. Wenn der zweite Spike verschwindet, geh Schritt für Schritt wieder nach oben.
challenge-refractory-setup = Einstellen: Hodgkin-Huxley, ein Doppelpuls, Rauschen 0 und eine Amplitude, die einen Spike auslöst.
challenge-refractory-below = Nur ein Spike: Der zweite Puls kommt zu früh.
challenge-refractory-far = Zwei Spikes, mit viel Spielraum: Verkürze das Intervall.
challenge-refractory-close = Zwei Spikes, nah an der Grenze: noch etwas kürzer.

challenge-fire-50-title = Feuere mit 50 Hz
challenge-fire-50-goal = Bring das Integrate-and-Fire-Neuron dazu, bei einem Stufenstrom ohne Rauschen mit 50 ± 2 Spikes pro Sekunde zu feuern.
challenge-fire-50-hint = Knapp über 1,5 nA (wo das Neuron zu feuern beginnt) steigt die Rate steil an, schneller als die 0,5-nA-Schritte des Schiebereglers: Tippe eine Amplitude zwischen zwei Schritten in das Zahlenfeld.
challenge-fire-50-setup = Einstellen: Integrate-and-Fire, ein Stufenstrom, Rauschen 0.
challenge-fire-50-far-fast = Viel zu schnell: Senke den Strom.
challenge-fire-50-fast = Etwas zu schnell.
challenge-fire-50-far-slow = Viel zu langsam: Erhöhe den Strom.
challenge-fire-50-slow = Etwas zu langsam.

challenge-target-output-title = Triff 0,25
challenge-target-output-goal = Bring mit der Sigmoidfunktion und den Eingaben des Rechenbeispiels (0,5; 0,3; 0,8) die Ausgabe auf 0,25 (± 0,005), indem du nur die Gewichte und den Bias änderst.
challenge-target-output-hint = σ(z) = 0,25, wenn z = ln(0,25 / 0,75) ≈ −1,10. Rechne aus, mit welchem Bias w · x + b genau diesen Wert annimmt.
challenge-target-output-setup = Einstellen: die Sigmoidfunktion, mit den Eingaben des Rechenbeispiels.
challenge-target-output-far = Die Ausgabe ist weit von 0,25 entfernt.
challenge-target-output-high = Nah dran, etwas zu hoch.
challenge-target-output-low = Nah dran, etwas zu niedrig.

challenge-nand-title = Lass das Neuron NAND berechnen
challenge-nand-goal = Wähle mit der Sprungfunktion und zwei Eingaben Gewichte und einen Bias so, dass die Ausgabe 1 ist, außer wenn beide Eingaben 1 sind.
challenge-nand-hint = Bei den Eingaben (0, 0) entscheidet der Bias allein über die Ausgabe: Mach ihn positiv. Dann muss jedes Gewicht negativ sein, und beide zusammen müssen den Bias überwiegen.
challenge-nand-setup = Einstellen: die Sprungfunktion und genau zwei Eingaben.

challenge-and-by-hand-title = Trenne AND von Hand
challenge-and-by-hand-goal = Ordne bei den AND-Daten alle vier Punkte richtig zu, indem du die Gerade verschiebst oder die Gewichte einstellst, ohne zu trainieren.
challenge-and-by-hand-hint = Nur (1, 1) gehört zur Klasse. Zieh die Gerade so, dass sie die Ecke bei (1, 1) abschneidet und die anderen drei Punkte auf der anderen Seite lässt.
challenge-and-by-hand-setup = Einstellen: die AND-Daten, kein Produktmerkmal und kein Training seit dem letzten Zurücksetzen („Gewichte zurücksetzen“ löscht es).

challenge-xor-one-neuron-title = Ein Neuron, XOR
challenge-xor-one-neuron-goal = Ordne mit diesem einen Neuron alle vier XOR-Punkte richtig zu.
challenge-xor-one-neuron-hint = Keine Gerade in (x₁, x₂) schafft das. Gib dem Neuron die zusätzliche Eingabe x₁·x₂ (das Kästchen unter den Daten) und trainiere dann, oder stelle die Gewichte von Hand ein.
challenge-xor-one-neuron-setup = Einstellen: die XOR-Daten.

challenge-blow-up-title = Explodieren lassen, dann retten
challenge-blow-up-goal = Bring einen Trainingslauf zum Divergieren, sodass die Seite es bemerkt, und stelle dann die Gewichte wieder her.
challenge-blow-up-hint = Wähle Gradientenabstieg mit quadratischem Fehler und die größte Lernrate, unter „Weitere Einstellungen“ die lineare Aktivierung; dann trainiere. Wenn die Seite meldet, dass die Gewichte explodiert sind, geh mit ihrer Schaltfläche zurück.
challenge-blow-up-setup = Bring zuerst einen Trainingslauf zum Divergieren.
challenge-blow-up-caught = Erwischt: Stelle jetzt die Gewichte wieder her.

challenge-small-network-title = Kleinstes Netz
challenge-small-network-goal = Erreiche auf dem Kreis mindestens 90 % Testgenauigkeit mit insgesamt höchstens 3 verborgenen Einheiten, trainiert mit Backpropagation.
challenge-small-network-hint = Eine verborgene Schicht aus drei tanh-Einheiten kann ein Dreieck um den inneren Ring zeichnen. Wähle eine Schicht und drei Einheiten, erhöhe die Lernrate auf 0,3 und trainiere.
challenge-small-network-setup = Einstellen: der Kreis, Backpropagation und insgesamt höchstens 3 verborgene Einheiten.

challenge-no-backprop-title = Lernen ohne Backpropagation
challenge-no-backprop-goal = Erreiche auf dem Kreis mindestens 90 % Testgenauigkeit mit Feedback-Alignment oder direktem Feedback-Alignment.
challenge-no-backprop-hint = Wähle die Lernregel unter „Weitere Einstellungen“ und trainiere das voreingestellte Netz; mit der voreingestellten Lernrate geht es langsam, also erhöhe sie auf 0,3.
challenge-no-backprop-setup = Einstellen: der Kreis und eine andere Lernregel als Backpropagation.

challenge-weaken-synapse-title = Schwäche die Synapse
challenge-weaken-synapse-goal = Wiederhole Paarungen, bis das synaptische Gewicht unter 0,30 fällt.
challenge-weaken-synapse-hint = Nur eine Reihenfolge der beiden Spikes schwächt eine Synapse: Lass den präsynaptischen Spike nach dem postsynaptischen kommen (ein negatives Δt) und paare dann.
challenge-weaken-synapse-setup = Paare die Spikes, um das Gewicht zu ändern.
challenge-weaken-synapse-far = Das Gewicht liegt noch weit über 0,30.
challenge-weaken-synapse-close = Schon nah an 0,30.

challenge-dendrite-and-title = Mach aus XOR ein AND
challenge-dendrite-and-goal = Ändere den Dendriten so, dass das Neuron nur feuert, wenn beide Eingaben aktiv sind.
challenge-dendrite-and-hint = Mit schwächeren Eingaben erreicht eine Eingabe allein die Schwelle des Dendriten nicht mehr, zwei zusammen aber schon. Senke die Stärke s.
challenge-dendrite-and-setup = Ändere die Einstellungen des Dendriten.

challenge-just-in-time-title = Gerade noch rechtzeitig
challenge-just-in-time-goal = Stelle die längste Verzögerung zwischen den beiden Eingaben ein, bei der das Neuron noch feuert (auf 1 ms genau).
challenge-just-in-time-hint = Verlängere die Verzögerung, bis der Spike verschwindet, und geh dann einen Schritt zurück. Die Wirkung jeder Eingabe verebbt mit der Membranzeitkonstante von 10 ms.
challenge-just-in-time-setup = Bei dieser Stärke feuert das Neuron selbst bei der längsten Verzögerung (oder bei keiner): Ändere die Stärke.
challenge-just-in-time-below = Kein Spike: Die Eingaben liegen zu weit auseinander.
challenge-just-in-time-far = Es feuert, mit viel Spielraum: eine längere Verzögerung.
challenge-just-in-time-close = Es feuert, nah an der Grenze: noch etwas länger.

## Predictions

predict-legend = <strong>Erst vorhersagen, dann ausprobieren.</strong> { $question }
predict-run = Ausprobieren
predict-verdict-right = Du hast „{ $choice }“ vorhergesagt, und genau das ist passiert. { $explanation }
predict-verdict-wrong = Du hast „{ $choice }“ vorhergesagt; passiert ist „{ $happened }“. { $explanation }

predict-spike-height-question = Ein 1-ms-Puls von 10 µA/cm² löst einen Spike aus. Verdopple den Puls auf 20 µA/cm²: Was passiert mit dem Spike?
predict-spike-height-taller = Er ist etwa doppelt so hoch
predict-spike-height-same = Er ist etwa gleich hoch
predict-spike-height-none = Es gibt keinen Spike
predict-spike-height-explanation = Im Modell erreichte der Spike nach einem Puls von 10 µA/cm² sein Maximum bei { $weak } mV, nach einem Puls von 20 µA/cm² bei { $strong } mV: { $apart } mV Unterschied.{ $both_spiked ->
        [yes] { " " }Der stärkere Puls ließ ihn nur { $sooner } ms früher beginnen.
       *[no] {""}
    } Jenseits der Schwelle treibt die positive Rückkopplung der Natriumkanäle den Spike auf seine eigene Größe: Alles oder nichts. Die Aufzeichnung zeigt jetzt den Puls von 20 µA/cm².

predict-doubling-question = Verdopple beim Rechenbeispiel mit der Sigmoidfunktion jedes Gewicht und den Bias. Was macht die Ausgabe?
predict-doubling-doubles = Sie verdoppelt sich
predict-doubling-less = Sie steigt, aber auf weniger als das Doppelte
predict-doubling-falls = Sie sinkt
predict-doubling-explanation = z stieg von { $z1 } auf { $z2 }, genau auf das Doppelte, die Ausgabe aber nur von { $y1 } auf { $y2 }. Die Sigmoidfunktion staucht: Je näher die Ausgabe an 1 liegt, desto weniger kann ein größeres z noch hinzufügen. Der Explorer zeigt jetzt die verdoppelten Gewichte.

predict-xor-question = Gib einem Neuron die XOR-Daten und lass es trainieren, so lange es will. Wird es alle Punkte richtig zuordnen?
predict-xor-yes = Ja, bei genügend Epochen
predict-xor-no = Nein, irgendein Punkt bleibt immer falsch
predict-xor-rate = Nur mit einer höheren Lernrate
predict-xor-explanation = Das Neuron trainierte { $epochs ->
        [one] { $epochs } Epoche
       *[other] { $epochs } Epochen
    } lang, bis sich sein Verlust nicht mehr verbesserte; im besten Fall hatte es { $best } von { $total } Punkten richtig. Ein Neuron zieht eine einzige Gerade, und keine Gerade legt die XOR-Ecken (0, 1) und (1, 0) auf die eine Seite und (0, 0) und (1, 1) auf die andere. Längeres oder schnelleres Training ändert daran nichts; die Herausforderung unten zeigt, was daran etwas ändern kann.

predict-dale-question = Das voreingestellte Netz (4 und 2 tanh-Einheiten) lernt den Kreis, wenn es 300 Epochen lang mit der Lernrate 0,3 darauf trainiert wird. Schalte das Dale-Gesetz ein (20 % der Einheiten jeder Schicht hemmend, der Rest erregend) und trainiere dasselbe Netz vom selben Ausgangspunkt aus. Was passiert?
predict-dale-as-well = Es lernt den Kreis genauso gut
predict-dale-less-well = Es lernt, aber schlechter
predict-dale-not-at-all = Es kann den Kreis überhaupt nicht lernen
predict-dale-explanation = Nach { $epochs } Epochen vom selben Ausgangspunkt aus erreichte das freie Netz { $free } % Testgenauigkeit, das Netz unter dem Dale-Gesetz { $bound } %. Jedes Gewicht, das das Gesetz festhält, bleibt bei null stehen, statt sein Vorzeichen zu wechseln; das Netz hat also weniger Möglichkeiten, sich zu verändern, und kann bei einer schlechteren Grenze landen. Hier müssen die eine hemmende Einheit der ersten Schicht und die zwei erregenden der zweiten Schicht die Ausgabe gemeinsam formen. Die Einschränkung kostet etwas, verhindert das Lernen aber nicht, wie Cornford et al. (2021) für solche Netze fanden. Das Schichten-Widget zeigt jetzt das Netz unter dem Gesetz: Probier mehr Einheiten aus oder drücke „Vergleichen“.
predict-linear-question = Eine verborgene Schicht aus acht Einheiten, alle Aktivierungen linear, trainiert auf dem Kreis. Wie gut wird sie abschneiden?
predict-linear-plenty = Gut: Acht Einheiten sind reichlich
predict-linear-line = Nicht besser als eine einzige Gerade
predict-linear-second-layer = Gut, aber nur mit einer zweiten Schicht
predict-linear-explanation = Nach 300 Epochen erreichten die acht linearen Einheiten { $accuracy } % Testgenauigkeit auf dem Kreis, wo bloßes Münzwerfen etwa 50 % schafft. Ihre Schichten lassen sich zu einer einzigen linearen Abbildung ausmultiplizieren, also ist die Grenze eine Gerade, ganz gleich, wie viele Einheiten es sind. Jede Gerade schneidet sowohl die Scheibe als auch den Ring um sie herum, also ist hier keine Gerade viel besser als der Zufall; und die Gerade, die das Training findet, macht den quadratischen Fehler klein, nicht die Zahl der Fehler, daher landet ihre Genauigkeit auf { $points } Testpunkten irgendwo um 50 %, darunter ebenso wie darüber. Das Schichten-Widget zeigt jetzt dieses Netz: Stell die Aktivierung zurück auf tanh und trainiere erneut.

predict-timing-question = Dieselben zwei Eingaben erreichen das biologische Neuron im Abstand von 2 ms, dann im Abstand von 30 ms. Bei welchem Abstand feuert es, und ändert sich die Antwort des künstlichen Neurons?
predict-timing-both = Bei beiden; die Antwort des künstlichen Neurons bleibt gleich
predict-timing-close = Nur bei 2 ms Abstand; die Antwort des künstlichen Neurons bleibt gleich
predict-timing-apart = Nur bei 30 ms Abstand; die Antwort des künstlichen Neurons ändert sich
predict-timing-neither = Bei keinem
predict-timing-explanation = Bei je { $strength } nA und 2 ms Abstand der Eingaben { $close ->
        [fired] erreichte das Neuron die Schwelle von −50 mV und feuerte
       *[silent] blieb das Neuron still (sein Membranpotential erreichte höchstens { $close_peak } mV und blieb unter der Schwelle von −50 mV)
    }; bei 30 ms Abstand { $apart ->
        [fired] erreichte es die Schwelle von −50 mV und feuerte
       *[silent] blieb es still (sein Membranpotential erreichte höchstens { $apart_peak } mV und blieb unter der Schwelle von −50 mV)
    }: Die Wirkung der ersten Eingabe verebbt (Membranzeitkonstante 10 ms), bevor die zweite eintrifft. Im f(w · x + b) des künstlichen Neurons kommt keine Zeit vor: dieselbe Ausgabe bei beiden Verzögerungen. Das Widget zeigt jetzt den Fall mit 30 ms.

predict-dendrite-question = Eine aktive Eingabe lässt dieses Neuron feuern. Mach beide Eingaben aktiv, also doppelten Strom in den Dendriten: Was macht sein Calcium-Spike?
predict-dendrite-grows = Er wächst: mehr Eingabe, ein größerer dendritischer Spike
predict-dendrite-shrinks = Er schrumpft, und das Soma bleibt still
predict-dendrite-same = Er bleibt gleich groß
predict-dendrite-explanation = Mit dem voreingestellten Dendriten ergibt eine Eingabe ({ $one_input } nA) einen Calcium-Spike von { $one_spike } mV, und das Soma { $one_soma ->
        [fires] feuert
       *[silent] bleibt still
    }; beide Eingaben ({ $both_input } nA) ergeben { $both_spike } mV, und das Soma { $both_soma ->
        [fires] feuert
       *[silent] bleibt still
    }. Der Spike dieses Dendriten ist knapp über seiner Schwelle am stärksten und bei stärkerer Eingabe schwächer, deshalb berechnet das Neuron XOR. Das Widget zeigt jetzt beide Eingaben aktiv.

predict-perceptron-question = Rosenblatts Perzeptron war eine Schwelleneinheit, die aus ihren Fehlern lernte. Gib einem Perzeptron die OR-Daten: Wird es sie lernen?
predict-perceptron-few = Ja, in wenigen Epochen
predict-perceptron-cannot = Nein: Eine Schwelleneinheit hat keine Steigung, der sie folgen kann, also kann sie nicht lernen
predict-perceptron-thousands = Nur, wenn man ihm Tausende Epochen gibt
predict-perceptron-explanation = Die Perzeptron-Regel (Rosenblatt 1958) verschob die Gerade einer Schwelleneinheit nach jedem Fehler; nach { $epochs ->
        [one] { $epochs } Epoche
       *[other] { $epochs } Epochen
    } hatte die Einheit { $correct } von { $total } OR-Punkten { $learned ->
        [yes] richtig und hielt an
       *[no] richtig
    }. Für Daten, die sich durch eine Gerade trennen lassen, findet die Regel nachweislich in endlich vielen Schritten eine solche Gerade (der Perzeptron-Konvergenzsatz; Novikoff 1962); die XOR-Daten gehören nicht dazu. Das Entscheidungsgrenzen-Widget in Abschnitt 3 zeigt jetzt diesen Durchlauf.

predict-repeat-question = Gib dem Neuron aus dem Explorer und einem spikenden Neuron zweimal dieselbe Eingabe. Antwortet jedes beide Male gleich?
predict-repeat-same = Beide antworten beide Male exakt gleich
predict-repeat-timing = Das künstliche wiederholt sich exakt; das spikende feuert jedes Mal anders
predict-repeat-vary = Beide schwanken von Durchlauf zu Durchlauf
predict-repeat-spike-times = { $count ->
        [0] keine Spikes
        [1] erster Spike bei { $t1 } ms
        [2] erste Spikes bei { $t1 } ms und { $t2 } ms
       *[other] erste Spikes bei { $t1 } ms, { $t2 } ms und { $t3 } ms
    }
predict-repeat-explanation = Das künstliche Neuron gab beide Male { $output } aus. Mit denselben Eingaben als zufälligen (Poisson-)Spikefolgen feuerte das Integrate-and-Fire-Neuron mit { $first_rate } Hz, dann mit { $second_rate } Hz (1. Durchlauf: { $first_spikes }; 2. Durchlauf: { $second_spikes }). Die Rate einer Spikefolge gibt die Eingabe ungefähr wieder, ihr genaues Timing ist jedes Mal anders.

## Progress

progress-summary = Dein Fortschritt{ $challenges ->
        [on] : { $n } von { $total } Herausforderungen
       *[off] {""}
    }{ $quiz ->
        [before] , Verständnistest vorher { $before }/10
        [after] , nachher { $after }/10
        [both] , Verständnistest vorher { $before }/10, nachher { $after }/10
       *[none] {""}
    }
progress-section-biological = 1. Das biologische Neuron
progress-section-artificial = 2. Das künstliche Neuron
progress-section-holds = 3. Wo die Analogie trägt
progress-section-breaks = 4. Wo sie zusammenbricht
progress-section-count = { $section }: { $solved } von { $total }
progress-kept = In diesem Browser für deinen nächsten Besuch gespeichert.
progress-not-kept = Dieser Browser lässt die Seite deinen Fortschritt nicht speichern (ein privates Fenster oder eine eingebettete Seite mit gesperrtem Speicher): Er bleibt nur für diesen Besuch erhalten. Kopiere deinen Fortschrittscode, um ihn zu behalten.
progress-code-label = Dein Fortschrittscode zum Abgeben:
progress-code-name = Fortschrittscode
progress-reset-button = Meinen Fortschritt zurücksetzen
progress-copy-code = Fortschrittscode kopieren
progress-reset-confirm = Alle gelösten Herausforderungen und beide Ergebnisse des Verständnistests vergessen? Das lässt sich nicht rückgängig machen.
progress-reset-yes = Ja, vergessen
progress-reset-cancel = Fortschritt behalten
progress-solved-announcement = Herausforderung gelöst: { $title }. Sie ist in deinem Fortschritt vermerkt.
progress-reset-announcement = Dein Fortschritt wurde zurückgesetzt.

## Quiz

quiz-question-legend = { $n }. { $prompt }
quiz-legend-before = (vor der Lektion)
quiz-right = Richtig.
quiz-not-quite = Nicht ganz.
quiz-feedback-after = <strong>{ $mark }</strong> Die Antwort: „{ $answer }“. { $explanation } <a href="#{ $target }">Hier zu sehen: { $section }</a>
quiz-check-button = Antworten prüfen
quiz-restart-button = Neu beginnen
quiz-score = Du hast { $n } von { $total } richtig.
quiz-unanswered = { $n ->
        [one] { $n } unbeantwortete Frage zählt als falsch.
       *[other] { $n } unbeantwortete Fragen zählen als falsch.
    }
quiz-explained-after = Die Antworten werden im Verständnistest nach der Lektion erklärt.
quiz-score-before = Vor der Lektion hattest du { $before } richtig: eine Veränderung von { $change }.

quiz-q1-text = Ein künstliches Neuron berechnet y = f(w · x + b). Welche Zuordnung zum biologischen Neuron trifft die Analogie?
quiz-q1-a = Die Gewichte w ↔ das Axon, das Signale zwischen Zellen überträgt
quiz-q1-b = Die gewichtete Summe plus Bias ↔ der Zellkörper, der seine Eingaben aufsummiert
quiz-q1-c = Die Aktivierungsfunktion f ↔ die Synapsen, die Signale durchlassen oder nicht
quiz-q1-d = Die Ausgabe y ↔ die Dendriten, über die das Signal die Zelle verlässt
quiz-q1-explain = Die Eingaben x stehen für die Signale, die an den Dendriten ankommen, die Gewichte w für die Stärken der Synapsen, w · x + b für den Zellkörper, der seine Eingaben aufsummiert, die Aktivierung f für die Entscheidung am Anfang des Axons (am Axonhügel und am Initialsegment), ob das Neuron feuert, und y für das Signal, das über das Axon weitergeleitet wird (Purves et al., Neuroscience). Die Gewichte gehören zu den Synapsen, nicht zum Axon, das die eine Ausgabe des Neurons an andere Zellen weiterleitet. Die Aktivierung ist die Entscheidung zu feuern, nicht die Synapse, und Dendriten empfangen Signale, statt sie zu senden.
quiz-q1-see = Baue ein künstliches Neuron

quiz-q2-text = Ein konstanter Strom lässt das Hodgkin-Huxley-Neuron auf dieser Seite eine Spikefolge feuern. Du erhöhst den Strom ein wenig. Was ändert sich?
quiz-q2-a = Jeder Spike wird höher, im Gleichschritt mit dem Strom
quiz-q2-b = Nichts: Sobald ein Neuron feuert, bewirkt eine stärkere Eingabe nichts mehr
quiz-q2-c = Die Ausgabe wird zu einer glatten Spannung, die mit dem Strom steigt, wie eine Sigmoidfunktion
quiz-q2-d = Die Spikes kommen früher und häufiger; jeder bleibt etwa gleich groß oder wird etwas kleiner
quiz-q2-explain = Sobald die Schwelle überschritten ist, bestimmen die Natrium- und Kaliumkanäle der Membran die Größe eines Spikes, nicht der Reiz: Der Spike, der am Initialsegment des Axons entsteht, folgt dem Alles-oder-nichts-Prinzip (Hodgkin & Huxley 1952, J Physiol 117:500). Eine stärkere Eingabe zeigt sich in Spikes, die früher und häufiger kommen; die Intensität steckt also in Rate und Timing, nicht in der Höhe. Bei starken Strömen werden die Spikes dieses Modells sogar kleiner, und bei noch stärkeren, jenseits des Schiebereglers im Labor, hört es ganz auf zu feuern (Depolarisationsblock). Auch steigt seine Rate nicht glatt von null an: Das Hodgkin-Huxley-Modell gehört zu Klasse 2 (Hodgkin 1948, J Physiol 107:165), daher setzt anhaltendes Feuern abrupt ein, mit etwa 50 Hz, nahe 6,3 µA/cm² (das Tintenfisch-Riesenaxon bei 6,3 °C). Die Ausgabe des Neurons bleibt eine Folge von Spikes; eine glatte, kontinuierliche Zahl liefert nur das künstliche Neuron, und die Feuerratenkurve der Seite nähert sie nur durch Mittelung an.
quiz-q2-see = Ein biologisches Neuron ableiten

quiz-q3-text = Jede verborgene Schicht eines Netzes verwendet die lineare Aktivierung f(z) = z. Was passiert mit der Entscheidungsgrenze, wenn du Schichten hinzufügst?
quiz-q3-a = Sie bleibt eine Gerade: Die Schichten lassen sich zu einer einzigen linearen Abbildung ausmultiplizieren
quiz-q3-b = Sie biegt sich mit jeder weiteren Schicht stärker, denn Tiefe macht das Netz leistungsfähiger
quiz-q3-c = Sie bleibt zunächst gerade, biegt sich aber, wenn man lange genug trainiert
quiz-q3-d = Sie biegt sich, sobald jede Schicht genug Einheiten hat
quiz-q3-explain = Mit f(z) = z berechnet jede Schicht W·a + b, und eine Kette solcher Abbildungen lässt sich zu einer einzigen Abbildung derselben Form ausmultiplizieren; beliebig viele lineare Schichten beliebiger Breite entsprechen also einer einzigen Schicht und ziehen eine gerade Grenze. Keine Wahl der Gewichte ergibt eine Kurve, also hilft auch längeres Training nicht. Erst eine Nichtlinearität zwischen den Schichten (tanh, ReLU, eine Schwelle) erlaubt der Grenze, sich zu biegen, und macht Tiefe lohnend.
quiz-q3-see = Neuronen in Schichten stapeln

quiz-q4-text = Gehirne und Netze lernen beide, indem sie Verbindungsstärken ändern. Was entscheidet bei der STDP-Regel auf dieser Seite, ob eine Synapse stärker oder schwächer wird?
quiz-q4-a = Der Ausgabefehler des Netzes, der zur Synapse zurückgeschickt wird
quiz-q4-b = Die Höhe der präsynaptischen Spikes: Größere Spikes stärken sie
quiz-q4-c = Ob der Eingangsspike kurz vor oder kurz nach dem Ausgangsspike kam
quiz-q4-d = Nichts: Die Stärke einer Synapse ist fest; nur ganze Neuronen lernen
quiz-q4-explain = Bei paarbasierter Spike-Timing-abhängiger Plastizität stärkt ein Eingangsspike kurz vor dem eigenen Spike des Neurons die Synapse, einer kurz danach schwächt sie, innerhalb eines Fensters von einigen zehn Millisekunden (Bi & Poo 1998, J Neurosci 18:10464). Die Regel braucht nur die zwei Spikezeitpunkte an genau dieser Synapse: Kein Fehler von der Ausgabe erreicht sie, und darin liegt der Gegensatz zum Gradientenabstieg auf den Gewichten eines Netzes. Im Gehirn brauchen viele solche Änderungen zusätzlich einen dritten Faktor, einen Neuromodulator wie Dopamin, der vielen Synapsen zugleich Belohnung oder Überraschung signalisiert (Gerstner et al. 2018, Front Neural Circuits 12:53), doch das ist kein Fehler für jede einzelne Synapse. Die Regel verwendet überhaupt keine Spikehöhen, und die Synapsen sind einer der wichtigsten Orte, an denen gelernt wird.
quiz-q4-see = Feuerraten und wie Synapsen lernen

quiz-q5-text = Warum lässt sich Backpropagation so schwer einem bekannten Vorgang im Gehirn zuordnen?
quiz-q5-a = Das stimmt nicht: Man weiß, dass das Gehirn durch Backpropagation lernt
quiz-q5-b = Sie schickt Fehler über die Vorwärtsgewichte zurück; kein bekannter Mechanismus kopiert diese in einen Rückwärtspfad
quiz-q5-c = Das Gehirn hat keine rückwärts laufenden Verbindungen von späteren zu früheren Arealen
quiz-q5-d = Feedback-Alignment hat bewiesen, dass Gehirne stattdessen mit fester zufälliger Rückkopplung lernen
quiz-q5-explain = Backpropagation schickt den Fehler jeder Schicht über die transponierten Vorwärtsgewichte zurück; eine Synapse bräuchte also die genauen Stärken der nachgeschalteten Synapsen: das Gewichtstransportproblem (Grossberg 1987, Cognitive Science 11:23). Der Cortex hat reichlich Rückkopplungsverbindungen, aber kein bekannter Mechanismus kopiert die Vorwärtsgewichte in sie, und ob Gehirne Backpropagation auf andere Weise annähern, ist eine offene Frage (Lillicrap et al. 2020, Nat Rev Neurosci 21:335). Feedback-Alignment lernt stattdessen mit festen zufälligen Rückkopplungsgewichten (Lillicrap et al. 2016, Nat Commun 7:13276); das ist plausibler, braucht aber weiterhin einen eigenen Rückwärtspfad, der einen präzisen Fehler transportiert, und ist daher nicht als die Art nachgewiesen, wie Gehirne lernen.
quiz-q5-see = Lernen ohne Backpropagation

quiz-q6-text = Auf dieser Seite erreichen zwei Eingaben beide Arten von Neuronen im Abstand von 5 ms, dann im Abstand von 40 ms. Wessen Antwort ändert sich?
quiz-q6-a = Bei beiden: Auch das künstliche Neuron gewichtet seine Eingaben danach, wann sie eintreffen
quiz-q6-b = Bei keinem: Ein Neuron summiert seine Eingaben einfach auf, egal wann sie kommen
quiz-q6-c = Nur beim biologischen: Die Wirkung der ersten Eingabe verebbt, bevor die zweite eintrifft
quiz-q6-d = Nur beim künstlichen: Seine Gewichte klingen zwischen den beiden Eingaben ab
quiz-q6-explain = Die Membran des Integrate-and-Fire-Neurons kehrt durch ihr Leck zum Ruhepotential zurück (Zeitkonstante 10 ms in diesem Modell); zwei Eingaben im Abstand von 5 ms addieren sich also und überschreiten die Schwelle, während bei 40 ms Abstand die Wirkung der ersten verebbt ist, bevor die zweite eintrifft, und keine allein ausreicht. Das künstliche Neuron berechnet f(w · x + b), und darin kommt keine Zeit vor: Dieselben zwei Eingaben ergeben dieselbe Antwort, egal wann sie eintreffen, und seine Gewichte klingen nicht ab. Deshalb kann das Spike-Timing in einem Neuron Information tragen, in einer gewöhnlichen künstlichen Einheit aber nicht.
quiz-q6-see = Spikes finden in der Zeit statt

quiz-q7-text = Ein künstliches Neuron auf dieser Seite bekommt die Eingaben x₁ und x₂. Kann es XOR lernen? Könnte ein einzelnes kortikales Neuron des Menschen XOR berechnen?
quiz-q7-a = Das künstliche kann es, wenn es lange genug trainiert wird; kein einzelnes biologisches Neuron kann es
quiz-q7-b = Keines: XOR braucht immer ein Netz aus mehreren Zellen
quiz-q7-c = Beide, denn eine Schwelle lässt sich so setzen, dass das Neuron bei genau einer Eingabe feuert
quiz-q7-d = Das künstliche nicht; ein kortikales Neuron mit dendritischen Calcium-Spikes schon, in einem Modell auf Grundlage von Messungen
quiz-q7-explain = Mit x₁ und x₂ als Eingaben überschreitet die Ausgabe eines künstlichen Neurons ihre Klassenschwelle entlang einer einzigen Geraden (bei jeder Aktivierung auf dieser Seite, da jede die Schwelle nur einmal überschreitet; eine Einheit, deren Aktivierung steigt und wieder fällt, etwa eine Gauß-Glocke, könnte XOR berechnen, aber keine Einheit hier hat eine solche), und keine Gerade legt (0, 1) und (1, 0) auf die eine Seite und (0, 0) und (1, 1) auf die andere; längeres Training stagniert nur, mit höchstens drei der vier Punkte richtig. Neuronen der Schicht 2/3 im menschlichen Cortex haben dendritische Calcium-Aktionspotentiale, die knapp über der Schwelle am größten und bei stärkerer Eingabe schwächer sind, und in einem Modell, das auf dieser gemessenen Kurve beruht, berechnet ein einzelnes Neuron XOR (Gidon et al. 2020, Science 367:83). XOR wurde in diesem Modell gezeigt, nicht als Berechnung in einem lebenden Gehirn gemessen.
quiz-q7-see = Ein Neuron, das XOR berechnet

quiz-q8-text = Welcher Vergleich eines menschlichen Gehirns mit einem großen KI-Modell stimmt ungefähr?
quiz-q8-a = Etwa 86 Milliarden Neuronen und 10¹⁴ Synapsen kommen mit etwa 20 W aus; das Training eines großen Modells braucht Megawatt
quiz-q8-b = Ein großes Modell hat mehr Parameter als ein Gehirn Synapsen
quiz-q8-c = Gehirn und Chip verbrauchen pro elementarer Operation etwa gleich viel Energie
quiz-q8-d = Ein Gehirn braucht etwa so viel Leistung wie der Trainingscluster eines großen Modells
quiz-q8-explain = Ein menschliches Gehirn hat etwa 86 Milliarden Neuronen (Azevedo et al. 2009, J Comp Neurol 513:532) und größenordnungsmäßig 10¹⁴ Synapsen und kommt mit etwa 20 W aus, während das Training eines großen Modells Megawatt braucht (das Training von GPT-3: etwa 1300 MWh über 15 Tage, im Mittel rund 3,6 MW; Patterson et al. 2021). Selbst die größten veröffentlichten Modelle haben weit weniger Parameter als das Gehirn Synapsen: 175 Milliarden bei GPT-3 (Brown et al. 2020), 1,6 Billionen beim dünn besetzten Switch Transformer (Fedus et al. 2022, JMLR 23:120). Ein synaptisches Ereignis kostet grob 0,01 pJ, eine 32-Bit-Multiplikation mit Addition auf einem 45-nm-Chip etwa 5 pJ (Attwell & Laughlin 2001, J Cereb Blood Flow Metab 21:1133; Horowitz 2014, ISSCC), auch wenn beides nicht dieselbe Art von Operation ist.
quiz-q8-see = Größenordnung: Gehirne und Netze

quiz-q9-text = Im Labor zum biologischen Neuron löst ein zweiter, gleich großer 1-ms-Puls 6 ms nach dem ersten (dessen Spike vorbei ist) keinen Spike aus. Warum?
quiz-q9-a = Der erste Spike hat das Natrium des Neurons verbraucht, das erst ersetzt werden muss
quiz-q9-b = Die Natrium-Kalium-Pumpe muss erst die Ionen zurückbringen, die der Spike verschoben hat
quiz-q9-c = Seine Natriumkanäle sind noch inaktiviert und seine Kaliumkanäle offen
quiz-q9-explain = Sechs Millisekunden nach dem ersten Puls ist der Spike vorbei, aber im Modell sind die meisten Natriumkanäle noch inaktiviert (das Inaktivierungstor h steht bei etwa einem Drittel seines Ruhewerts), und viel mehr Kaliumkanäle sind offen als in Ruhe (n⁴ beträgt etwa das 15-Fache seines Ruhewerts), sodass ein zweiter, gleich großer Puls den Natriumeinstrom, der einen Spike erzeugt, nicht in Gang setzen kann: Das ist die Refraktärzeit (Hodgkin & Huxley 1952, J Physiol 117:500). Während sich die Kanäle erholen, kann ein größerer Puls das Neuron wieder zum Feuern bringen (die relative Refraktärzeit); ein Puls dieser Größe braucht dafür etwa 14,5 ms Abstand. Das sind die Zeiten des Tintenfisch-Riesenaxons bei 6,3 °C: Ein Säugetierneuron bei Körpertemperatur erholt sich innerhalb weniger ms. Ein Spike verschiebt nur einen kleinen Bruchteil des Natriums und Kaliums der Zelle, es ist also nichts aufgebraucht, und die Natrium-Kalium-Pumpe stellt die Gradienten langsam, über viele Spikes hinweg, wieder her; sie ist nicht das, was die Refraktärzeit beendet.
quiz-q9-see = Ein biologisches Neuron ableiten

quiz-q10-text = Eine Werbeanzeige behauptet, ein neues KI-System „funktioniert wie das Gehirn“. Welche Reaktion stützt die Lektion?
quiz-q10-a = Zustimmen: Ein Netz besteht aus Neuronen, also denkt es wie ein Gehirn
quiz-q10-b = Fragen, welche Teile es mit dem Gehirn teilt (meist gewichtete Summen und Nichtlinearität, nicht Spikes oder Timing), und es dann testen
quiz-q10-c = Abtun: Künstliche Netze haben nichts mit Gehirnen gemeinsam
quiz-q10-d = Zustimmen, wenn das Netz größer als ein Gehirn ist, denn die Größe macht es gehirnähnlich
quiz-q10-explain = Die Analogie bewahrt die Grundform: gewichtete Eingaben, eine schwellenartige Nichtlinearität und Lernen durch Ändern von Verbindungsstärken. Die meisten Netze lassen Spikes, Timing, die Lernregeln des Gehirns, rechnende Dendriten und das Energiebudget des Gehirns weg; „funktioniert wie das Gehirn“ trifft also höchstens auf wenige Teile zu, wenn auch nicht auf gar keine. Weder der Name noch die Größe sagt, wie gut ein System funktioniert: Das muss man durch Testen beurteilen.
quiz-q10-see = Warum der Name bleibt

## Teachers

teachers-title = Für Lehrkräfte
teachers-intro = Diese Seite ist für dich, nicht für deine Lernenden: der Stundenplan, ein Arbeitsblatt mit Lösungen zum Ausdrucken, alle URL-Optionen und die Klassenübersicht. Die Lektion der Lernenden zeigt nichts davon und verweist nur in ihrem Teilen-Dialog hierher.
teachers-open-lesson = Die Lektion der Lernenden öffnen
teachers-print-title = Arbeitsblatt und Lösungen
teachers-print-text = Das Arbeitsblatt enthält jede Vorhersage mit Kästchen zum Ankreuzen und Zeilen für die Begründung, und jede Herausforderung mit Zeilen für die Einstellungen, die sie gelöst haben. Die Lösungen sagen, was jedes Experiment zeigt, geben eine Lösung je Herausforderung und die Antworten des Verständnistests. Drucke beides einzeln (oder speichere es im Druckdialog als PDF).
teachers-print-worksheet = Arbeitsblatt drucken
teachers-print-key = Lösungen drucken
worksheet-summary = Das Arbeitsblatt
worksheet-title = Arbeitsblatt: biologische und künstliche Neuronen
worksheet-name = Name:
worksheet-date = Datum:
worksheet-intro = Arbeite die Lektion von Neuron Lab durch. Kreuze vor jedem Experiment an, was du erwartest; führe es dann aus und schreibe auf, was passiert ist und warum. Schreibe bei jeder Herausforderung die Einstellungen auf, die sie gelöst haben.
worksheet-why = Was ist passiert, und warum?
worksheet-how = Die Einstellungen, die sie gelöst haben:
key-summary = Die Lösungen
key-title = Lösungen: biologische und künstliche Neuronen
key-predictions = Vorhersagen: was das Experiment zeigt
teachers-plan-caption = Stundenverlauf
teachers-plan-minutes-header = Minuten
teachers-plan-what-header = Ablauf
teachers-plan-minutes = { $from }–{ $to }
teachers-plan-1 = Verständnistest vor der Lektion (optional, 10 Fragen; die Lernenden behalten ihr Ergebnis).
teachers-plan-2 = 1. Das biologische Neuron: vorhersagen, ob ein doppelt so starker Puls einen doppelt so hohen Spike ergibt; Herausforderungen „Finde die Schwelle“ und „Finde die Refraktärzeit“.
teachers-plan-3 = 2. Das künstliche Neuron: vorhersagen, was das Verdoppeln der Gewichte bewirkt; Herausforderungen „Triff 0,25“ und „Lass das Neuron NAND berechnen“. Den Bias mit der zuvor gefundenen Schwelle in Verbindung bringen.
teachers-plan-4 = 3. Wo die Analogie trägt: vorhersagen, ob ein Neuron XOR lernt; „Trenne AND von Hand“, „Ein Neuron, XOR“, dann die Schichten: vorhersagen, was acht lineare Einheiten auf dem Kreis leisten, „Kleinstes Netz“.
teachers-plan-5 = 4. Wo sie zusammenbricht: vorhersagen, was die Verzögerung zwischen zwei Eingaben bewirkt und was der Dendrit mit zwei Eingaben macht; „Gerade noch rechtzeitig“, „Mach aus XOR ein AND“. Backpropagation und Feedback-Alignment besprechen.
teachers-plan-6 = Verständnistest nach der Lektion (der Zuwachs wird angezeigt); die Lernenden geben ihren Fortschrittscode ab.
teachers-solutions-caption = Herausforderungen und Lösungen
teachers-solutions-challenge-header = Herausforderung
teachers-solutions-goal-header = Ziel
teachers-solutions-solution-header = Eine Lösung
teachers-solution-threshold = Die Schwelle des Modells für einen 1-ms-Puls liegt bei 6,92 µA/cm²: 7,0 ist der kleinste Wert des Schiebereglers, der einen Spike auslöst (6,5 nicht). Nahe der Schwelle kommt der Spike spät, etwa 5 ms nach Beginn des Pulses (bei 10 µA/cm² nach 2,3 ms).
teachers-solution-refractory = Bei den voreingestellten 10 µA/cm² braucht ein zweiter Spike mehr als 14,5 ms zwischen den Pulsbeginnen (die Grenze liegt bei 14,53 ms): 15,0 oder 15,5 ms lösen die Herausforderung, 14,5 ergibt einen Spike. Bei 20 µA/cm² liegt die Grenze bei 10,6 ms: Ein stärkerer Puls kann während der relativen Refraktärzeit einen Spike auslösen. Das sind die Zeiten des Tintenfisch-Riesenaxons bei 6,3 °C, der Temperatur des Modells; ein Säugetierneuron bei Körpertemperatur erholt sich innerhalb weniger ms.
teachers-solution-fire-50 = Integrate-and-Fire, Stufenstrom, Rauschen 0: 1,8 in das Zahlenfeld der Amplitude tippen (50,2 Hz). Alles von 1,77 bis 1,82 nA funktioniert; die 2,0 des Schiebereglers ergeben 63 Hz und 1,5, die Rheobase, keine Spikes.
teachers-solution-target-output = Die Gewichte (0,4; −0,2; 0,9) beibehalten, also w · x = 0,86, und den Bias auf −1,96 setzen: z = −1,10 und σ(z) = 0,250. (Alle Gewichte und Bias-Werte mit w · x + b von −1,12 bis −1,08 funktionieren.)
teachers-solution-nand = Gewichte −2 und −2, Bias 3: z = 3, 1, 1, −1 für (0, 0), (0, 1), (1, 0), (1, 1), also sind die Ausgaben 1, 1, 1, 0.
teachers-solution-and-by-hand = „Gewichte zurücksetzen“ drücken (oder erneut AND wählen), dann mit den Schiebereglern w₁ = 1, w₂ = 1 und b = −1,5 einstellen oder die Gerade über die Ecke zwischen (1, 1) und den anderen drei Punkten ziehen.
teachers-solution-xor-one-neuron = „Merkmal x₁·x₂ als dritte Eingabe hinzufügen“ ankreuzen, dann trainieren, oder von Hand w₁ = 1, w₂ = 1, w₁₂ = −2 und b = −0,5 einstellen. Ohne das Produkt funktioniert keine Einstellung (der Test des Kerns durchsucht ein Gitter von Gewichten).
teachers-solution-blow-up = „Gradientenabstieg, quadratischer Fehler“ und Lernrate 30 wählen, unter „Weitere Einstellungen“ die lineare Aktivierung; dann trainieren: Die Seite bricht den Durchlauf ab und meldet, dass die Gewichte explodiert sind. „Zurück zu den Gewichten vor diesem Durchlauf“ drücken.
teachers-solution-small-network = Eine verborgene Schicht („Verborgene Schichten“: 1) aus 3 tanh-Einheiten bei Lernrate 0,3: 90 % Testgenauigkeit etwa ab Epoche 114, 100 % ab 200. Zwei Einheiten erreichen 90 % nur bei Lernrate 1 (die Testmenge hat 24 Punkte); drei ist die beabsichtigte Antwort.
teachers-solution-no-backprop = Unter „Weitere Einstellungen“ Feedback-Alignment wählen, die Lernrate auf 0,3 setzen und das voreingestellte 4-2-Netz trainieren: 90 % etwa ab Epoche 80, 96 % ab 300. (Bei den voreingestellten 0,03 dauert es etwa 1750 Epochen; direktes Feedback-Alignment erreicht bei 0,3 die 90 % etwa ab Epoche 160.)
teachers-solution-weaken-synapse = Die Verzögerung auf −10 ms setzen (der präsynaptische Spike 10 ms nach dem postsynaptischen) und viermal „Noch 10-mal paaren“ drücken: Jede Paarung zieht 0,0064 ab, also liegt das Gewicht nach 30 Paarungen bei 0,309 und nach 40 bei 0,245.
teachers-solution-dendrite-and = Die Stärke s auf 0,75 nA senken (θ bleibt bei 1 nA): Eine Eingabe (0,75 nA) bleibt unter der dendritischen Schwelle, beide zusammen (1,5 nA) überschreiten sie, und die Wahrheitstabelle zeigt AND.
teachers-solution-just-in-time = Bei den voreingestellten 9 nA ist die längste Verzögerung, bei der das Neuron noch feuert, 16,6 ms: 16,5 oder 16,0 ms lösen die Herausforderung, bei 17,0 feuert es nicht. (Bei 8 nA liegt die Grenze bei 11,8 ms, bei 10 nA bei 23,7 ms.)
teachers-answers-summary = Die Antworten des Verständnistests
teachers-options-summary = URL-Optionen
teachers-options-caption = Optionen in der Adresse der Seite
teachers-options-option-header = Option
teachers-options-what-header = Wirkung
teachers-option-widget = Widget
teachers-option-groups = Gruppen
teachers-option-embed = Zeigt ein einzelnes Widget für sich, für ein <iframe> in einer Kursseite.
teachers-option-hide = Blendet Gruppen von Bedienelementen aus (durch Kommas getrennte Namen, siehe unten).
teachers-option-lock = Zeigt Gruppen von Bedienelementen, sperrt sie aber: Kein anderes Bedienelement, kein bearbeiteter Link, keine Einstellungsdatei und kein Kursdatensatz ändert, was sie festlegen, und Herausforderungen und Vorhersagen, die sie bräuchten, entfallen. Wer die Gewichte der Entscheidungsgrenze sperrt, sperrt auch ihre Trainingsschaltflächen, denn Training ändert die Gewichte.
teachers-option-challenges-off = Blendet die Karten der Herausforderungen aus (das Fortschrittsfeld zeigt dann nur den Verständnistest).
teachers-option-quiz-off = Blendet beide Verständnistests aus.
teachers-option-language = Sprache
teachers-option-lang = Die Sprache der Seite: en, es, de oder zh-CN (en-XA ist eine Pseudo-Sprache zum Testen von Layouts). Ohne diese Angabe folgt die Seite den Sprachen des Browsers; ein geteilter Link behält sie bei.
teachers-option-settings = Die Einstellungen aller Widgets; die Seite hält sie stets aktuell, sodass sich jede Ansicht teilen lässt. Mit „Teilen“ einen Link erstellen.
teachers-embed-widgets = Widgets für embed: { $widgets }.
teachers-groups-caption = Gruppen von Bedienelementen für hide und lock
teachers-groups-group-header = Gruppe
teachers-groups-widget-header = Widget
teachers-groups-controls-header = Bedienelemente
teachers-events-summary = Lernfortschritt in einer Kursseite erfassen
teachers-events-text = Eine eingebettete Seite schickt jede gelöste Herausforderung und jedes Ergebnis des Verständnistests per postMessage an die umgebende Seite; ein Server ist nicht nötig. Ein Listener:
teachers-listener-comment-challenge = e.data.challenge: die gerade gelöste ID oder null (ein Ergebnis des Verständnistests oder ein Zurücksetzen)
teachers-listener-comment-solved = e.data.solved: alle gelösten IDs; e.data.quiz: { "{" } before, after { "}" } Punkte von 10 oder null
teachers-decoder-title = Einen Fortschrittscode auslesen
teachers-decoder-label = Fortschrittscode eines oder einer Lernenden
teachers-decoder-button = Auslesen
teachers-decoded = { $solved ->
        [0] { $solved } von { $total } Herausforderungen gelöst.
       *[other] { $solved } von { $total } Herausforderungen gelöst: { $list }.
    } Verständnistest vor der Lektion: { $before }; danach: { $after }.
teachers-decoded-list-separator = { ", " }
teachers-decoded-score = { $score } von { $total }
teachers-decoded-not-taken = nicht abgelegt
teachers-code-error-empty = Bitte zuerst einen Fortschrittscode einfügen.
teachers-code-error-length = Dieser Code hat die falsche Anzahl an Zeichen.
teachers-code-error-character = Dieser Code enthält ein Zeichen, das in Fortschrittscodes nie vorkommt.
teachers-code-error-checksum = Dieser Code enthält einen Tippfehler (seine Prüfziffer stimmt nicht).
teachers-code-error-version = Dieser Code stammt aus einer anderen Version von Neuron Lab.

## Die Klassenübersicht (unter „Für Lehrkräfte“): die Fortschrittscodes einer Klasse, im Browser gelesen.
class-title = Klassenübersicht: die Fortschrittscodes der eigenen Klasse
class-intro = Die Fortschrittscodes der Klasse einfügen, einen pro Zeile oder als Zeilen der Form „Name, Code“, oder eine aus dem Notenbuch exportierte CSV-Datei öffnen. Die Codes werden in diesem Browser gelesen: Nichts wird irgendwohin gesendet.
class-codes-label = Fortschrittscodes (einer pro Zeile oder „Name, Code“)
class-read-button = Codes auslesen
class-open-file = CSV-Datei öffnen
class-file-too-large = Diese Datei ist größer als 2 MB: Es wurde nichts gelesen.
class-summary = { $learners ->
        [one] Code eines oder einer Lernenden gelesen
       *[other] Codes von { $learners } Lernenden gelesen
    }{ $problems ->
        [0] .
        [one] ; eine Zeile konnte nicht gelesen werden (siehe unten).
       *[other] ; { $problems } Zeilen konnten nicht gelesen werden (siehe unten).
    }
class-problems-title = Nicht gelesene Zeilen
class-problem = Zeile { $line }, „{ $text }“: { $reason }
class-problem-duplicate = Gleiche Person und gleicher Code wie in Zeile { $first }: nur einmal gezählt.
class-problem-no-code = In dieser Zeile steht kein Fortschrittscode.
class-check-title = Der Verständnistest
class-check-summary = Vor der Lektion im Mittel richtig: { $before } (abgelegt von { $before_n } Lernenden). Danach: { $after } (von { $after_n } Lernenden).
class-gain = Normierter Lernzuwachs ⟨g⟩ = { $gain } bei den { $both } Lernenden mit beiden Ergebnissen (ihre Mittelwerte: vorher { $pre }, nachher { $post }): der Anteil der möglichen Verbesserung, den die Klasse erreicht hat (Hake 1998, Am. J. Phys. 66, 64).
class-gain-none = Für den normierten Lernzuwachs braucht es Lernende, die den Verständnistest vor und nach der Lektion abgelegt haben; das sind { $both }.
class-percent = { $value } %
class-none = —
class-share = { $percent } ({ $right } von { $of })
class-wrong-answer = { $option } ({ $n })
class-question = { $n }. { $prompt }
class-chart-label = Der Anteil der Klasse, der jede Frage richtig beantwortet hat, vor und nach der Lektion (die Tabelle darunter enthält die Zahlen)
class-chart-before = Vorher
class-chart-after = Nachher
class-questions-caption = Jede Frage: der Anteil richtiger Antworten vor und nach der Lektion und die danach am häufigsten gewählte falsche Antwort (die Fehlvorstellung, die bleibt).
class-questions-note = Nur die Codes dieser Version enthalten die Antworten: Das gilt für die Codes von { $known } der { $learners } Lernenden.
class-question-header = Frage
class-before-header = Vorher
class-after-header = Nachher
class-wrong-header = Häufigste falsche Antwort danach
class-challenges-caption = Jede Herausforderung: wie viele Lernende sie gelöst haben.
class-challenge-header = Herausforderung
class-solved-header = Gelöst
class-of = { $n } von { $total }
class-learners-caption = Die einzelnen Lernenden
class-learner-header = Lernende
class-line = Zeile { $line }
class-score = { $score }/10
class-download = Tabelle herunterladen (CSV)
class-csv-name = Name
class-csv-solved = Gelöste Herausforderungen
class-csv-before = Verständnistest vorher (von 10)
class-csv-after = Verständnistest nachher (von 10)

## Core: the model's names, notices and descriptions

## Activation functions

activation-step = Sprungfunktion (Schwelle)
activation-sigmoid = Sigmoid
activation-tanh = Tanh
activation-relu = ReLU
activation-leaky-relu = Leaky ReLU
activation-linear = Linear (keine)
activation-softplus = Softplus
activation-gelu = GELU
activation-step-biology = Am nächsten am Alles-oder-nichts-Spike eines echten Neurons: Sie feuert ganz oder gar nicht. Ihre Steigung ist aber überall null, deshalb kann der Gradientenabstieg durch sie hindurch nicht lernen.
activation-sigmoid-biology = Wie die Feuerrate eines Neurons: nahe null bei schwacher Eingabe, bei starker Eingabe gesättigt auf einem Maximum. Sie ist glatt und lässt sich deshalb mit Gradientenabstieg trainieren.
activation-tanh-biology = Eine auf (−1, 1) gestreckte Sigmoidfunktion: Sie kann ebenso „weniger als sonst“ wie „mehr“ signalisieren. Echte Feuerraten können nicht unter null sinken.
activation-relu-biology = Unterhalb der Schwelle still, darüber mit der Eingabe steigend, wie eine Feuerrate, die mit dem Strom wächst. Anders als ein echtes Neuron sättigt sie nie.
activation-leaky-relu-biology = ReLU mit einer kleinen Steigung unter null, sodass eine „ausgeschaltete“ Einheit trotzdem lernen kann. Ein numerischer Kunstgriff ohne biologische Entsprechung.
activation-linear-biology = Keine Nichtlinearität: Die Ausgabe ist einfach die gewichtete Summe. Stapelt man solche Neuronen in Schichten, fallen sie zu einer einzigen linearen Abbildung zusammen.
activation-softplus-biology = Eine geglättete ReLU. Sie hat die Form der Feuerratenkurve mancher verrauschter Modellneuronen nahe ihrer Schwelle.
activation-gelu-biology = Eine glatte ReLU mit einer leichten Delle, verwendet in modernen Sprachmodellen. Gewählt, weil sie sich gut trainieren lässt, nicht weil Neuronen sich so verhalten.
activation-formula-cases = { $lhs } = { $value }, wenn { $condition }, sonst { $otherwise }
activation-formula-undefined-at = { $lhs } = { $value } (nicht definiert bei { $at }: keine Steigung, der man folgen kann)
activation-plot-description = Diagramm der Aktivierung { $activation }, f(z), für z von { $z_min } bis { $z_max }, mit ihrer Steigung f′(z) gestrichelt. Arbeitspunkt: z = { $z }, Ausgabe f(z) = { $output }, Steigung f′(z) = { $slope }. { $flat ->
        [yes] Die Kurve ist hier flach: Eine kleine Änderung von z ändert die Ausgabe kaum.
       *[no] Eine kleine Änderung von z ändert die Ausgabe hier etwa { $factor }-mal so stark.
    }

## The artificial neuron

core-equation-spoken = Gewichtete Summe z = { $z }. Ausgabe { $symbol } von z = { $output }.
core-quantity-input = Eingabe x{ $n }
core-quantity-weight = Gewicht w{ $n }
core-quantity-bias = Bias b
core-neuron-input-count = Ein Neuron hat hier { $min } bis { $max } Eingaben, nicht { $n }
core-neuron-input-mismatch = { $expected } Eingaben erwartet, aber { $got } erhalten
core-neuron-not-finite = { $quantity } ist keine endliche Zahl
core-neuron-overflow = Die gewichtete Summe ist zu groß, um dargestellt zu werden
core-param-empty = Gib eine Zahl ein
core-param-not-a-number = Keine Zahl
core-param-not-finite = Zu groß, um damit zu rechnen
core-param-out-of-range = Muss zwischen { $min } und { $max } liegen
core-number-undefined = nicht definiert
core-list-separator = { "; " }

## Notices about a link's settings

notice-explorer-no-version = Das Format dieses Links (ohne Version) kann diese Version von Neuron Lab nicht lesen, daher beginnt der Explorer mit dem Rechenbeispiel.
notice-explorer-version = Das Format dieses Links (Version „{ $version }“) kann diese Version von Neuron Lab nicht lesen, daher beginnt der Explorer mit dem Rechenbeispiel.
notice-explorer-lists = Die Eingaben und Gewichte im Link müssen zwei gleich lange Listen aus { $min } bis { $max } Zahlen sein; stattdessen werden die des Rechenbeispiels verwendet.
notice-explorer-out-of-range = Der Wert für { $quantity } aus dem Link liegt außerhalb des zulässigen Bereichs; er wurde auf { $value } gesetzt.
notice-explorer-not-a-number = Der Wert für { $quantity } aus dem Link („{ $text }“) ist keine Zahl; stattdessen wird { $default } verwendet.
notice-explorer-activation = Der Link verlangt eine Aktivierung „{ $id }“, die Neuron Lab nicht kennt; stattdessen wird Sigmoid verwendet.
notice-boundary-unreadable = Die Angabe { $field ->
        [rule] zur Lernregel
        [activation] zur Aktivierung
        [product] zum Schalter für das Produktmerkmal
        [weights] zu den Gewichten
        [bias] zum Bias
        [rate] zur Lernrate
        [noise] zum Rauschen
        [seed] zum Zufallsstartwert
        [points] zu den Punkten
       *[data] zum Datensatz
    } der Entscheidungsgrenze aus dem Link ließ sich nicht lesen, daher wird der Standardwert verwendet.
notice-network-unreadable = Die Angabe { $field ->
        [seed] zum Zufallsstartwert
        [architecture] zum Aufbau
        [hidden] zur Aktivierung der verborgenen Schichten
        [output] zur Aktivierung der Ausgabe
        [loss] zum Verlust
        [rule] zur Lernregel
        [rate] zur Lernrate
        [regularisation] zur Regularisierung
        [batch] zur Batchgröße
        [data] zum Datensatz
        [noise] zum Rauschen
        [regulariser] zur Art der Regularisierung
        [points] zu den eigenen Punkten
        [features] zu den Eingabemerkmalen
        [split] zur Aufteilung in Trainings- und Testpunkte
        [dale] zum Anteil hemmender Einheiten (Dale-Gesetz)
        [view] zu den Anzeigeoptionen
       *[weights] zu den Gewichten
    } des Netzes aus dem Link ließ sich nicht lesen, daher wird der Standardwert verwendet.
notice-biolab-unreadable = Die Angabe { $field ->
        [model] zum Modell
        [stimulus] zum Reiz
        [amplitude] zur Amplitude
        [width] zur Pulsbreite
        [interval] zum Intervall
        [noise] zum Rauschen
       *[seed] zum Zufallsstartwert
    } des biologischen Neurons aus dem Link ließ sich nicht lesen, daher wird der Standardwert verwendet.
notice-biolab-clamped = Der Wert für { $field ->
        [amplitude] die Amplitude
        [width] die Pulsbreite
        [interval] das Intervall
       *[noise] das Rauschen
    } aus dem Link lag außerhalb des zulässigen Bereichs, daher wird der nächstgelegene erlaubte Wert verwendet.

## Data sets and learning

dataset-and = AND
dataset-or = OR
dataset-nand = NAND
dataset-xor = XOR
dataset-blobs = Zwei Gauß-Wolken
dataset-separable = Trennbar, mit Rauschen
dataset-circle = Kreis
dataset-spiral = Spirale
dataset-csv-value-count = Zeile { $line }: drei Werte x1,x2,label erwartet, aber { $found } gefunden
dataset-csv-not-a-number = Zeile { $line }: { $name } ist keine Zahl
dataset-csv-outside = Zeile { $line }: { $name } muss zwischen { $min } und { $max } liegen
dataset-csv-label = Zeile { $line }: Das Label muss 0 oder 1 sein
dataset-csv-class-or-value = Zeile { $line }: Das Label muss eine Klasse von 0 bis 3 oder ein Wert von −1 bis 1 sein
dataset-blobs3 = Drei Wolken
dataset-spiral3 = Spirale mit drei Armen
dataset-quadrants4 = Vier Quadranten
dataset-plane = Geneigte Ebene (Regression)
dataset-gaussians = Hügel und Täler (Regression)
dataset-csv-too-many = Zeile { $line }: Es lassen sich höchstens { $max } Punkte laden
dataset-csv-no-points = Keine Punkte gefunden: Schreib einen Punkt pro Zeile als x1,x2,label.
core-rule-perceptron = Perzeptron-Regel
core-rule-logistic = Gradientenabstieg, Kreuzentropie-Verlust
core-rule-squared = Gradientenabstieg, quadratischer Fehler
core-loss-cross-entropy = Kreuzentropie
core-loss-squared = Quadratischer Fehler
core-learning-rule-backprop = Backpropagation
core-learning-rule-fa = Feedback-Alignment
core-learning-rule-dfa = Direktes Feedback-Alignment
core-plane-curve = Mit dem Produktmerkmal x1·x2 ist die Grenze eine Kurve (eine Hyperbel), keine Gerade. { $correct } von { $total } Punkten sind richtig klassifiziert.
core-plane-flat = Beide Gewichte sind null, also gibt es keine Grenze: Die Ausgabe ist überall gleich. { $correct } von { $total } Punkten sind richtig klassifiziert.
core-regions-none = Es antwortet überall mit Klasse 0.
core-regions-all = Es antwortet überall mit Klasse 1.
core-regions-some = Es antwortet mit Klasse 1 in diesen Bereichen: { $regions } ({ $share } % der Ebene); überall sonst mit Klasse 0.
core-region-top-left = die Ecke oben links
core-region-top = der obere Rand
core-region-top-right = die Ecke oben rechts
core-region-left = der linke Rand
core-region-centre = die Mitte
core-region-right = der rechte Rand
core-region-bottom-left = die Ecke unten links
core-region-bottom = der untere Rand
core-region-bottom-right = die Ecke unten rechts
core-plane-wrong = { $n ->
        [one] Der Punkt { $points } liegt auf der falschen Seite.
       *[other] Die Punkte { $points } liegen auf der falschen Seite.
    }
core-plane-undecided = Die Ebene ist überall blass: Das Neuron ist unentschieden, für jeden Punkt liegt die Ausgabe nahe 0,5.
core-correct-spoken = { $correct } von { $total } Punkten richtig.
core-correct-spoken-wrong = { $correct } von { $total } Punkten richtig; falsch: { $points }.
core-plane-line = Die Entscheidungsgerade { $x1 ->
        [none] schneidet die x1-Achse nie
       *[at] schneidet die x1-Achse bei { $x1 }
    } und { $x2 ->
        [none] die x2-Achse nie
       *[at] die x2-Achse bei { $x2 }
    }. { $correct } von { $total } Punkten sind richtig klassifiziert.
core-stop-all-correct = { $epochs ->
        [one] Nach { $epochs } Epoche ist jeder Punkt richtig klassifiziert. Das Training wurde beendet.
       *[other] Nach { $epochs } Epochen ist jeder Punkt richtig klassifiziert. Das Training wurde beendet.
    }
core-stop-diverged = Die Gewichte sind explodiert: Diese Lernrate ist für diesen Verlust zu groß, sodass jede Aktualisierung weiter über das Ziel hinausschießt als die vorige. Das Training wurde angehalten, bevor eine Zahl unendlich wurde; angezeigt werden die letzten endlichen Gewichte. { $remedy ->
        [both] Verringere die Lernrate oder geh zu den Gewichten zurück, mit denen dieser Durchlauf begonnen hat.
        [rate] Verringere die Lernrate.
       *[back] Geh zu den Gewichten zurück, mit denen dieser Durchlauf begonnen hat.
    }
core-stop-plateau-xor = Der Verlust sinkt nicht mehr, bei { $correct } von { $total } richtigen Punkten. Keine einzelne Gerade kann XOR trennen: Jede Klasse liegt auf einander gegenüberliegenden Ecken. { $feature ->
        [yes] Füge unten das Merkmal x1·x2 hinzu oder nimm eine verborgene Schicht (das nächste Widget).
       *[no] Eine verborgene Schicht kann es (das nächste Widget).
    }
core-stop-plateau-circle = Der Verlust sinkt nicht mehr, bei { $correct } von { $total } richtigen Punkten. Die eine Klasse umschließt die andere, und ein Neuron zieht nur eine einzige Gerade.
core-stop-plateau = Der Verlust sinkt nicht mehr, bei { $correct } von { $total } richtigen Punkten: Besser wird dieses Neuron auf diesen Daten kaum.

## The biological neuron

core-sweep-pulse = ein Puls von { $width } ms mit { $amplitude } { $unit }
core-sweep-paired = zwei Pulse von { $width } ms mit { $amplitude } { $unit } im Abstand von { $interval } ms
core-sweep-train = Pulse von { $width } ms mit { $amplitude } { $unit } alle { $interval } ms
core-sweep-step = konstant { $amplitude } { $unit } von { $onset } bis { $offset } ms
core-sweep-silent = kein Spike: Die Membran stieg auf { $peak } mV und fiel wieder zurück (unter der Schwelle)
core-sweep-spikes = { $n ->
        [one] { $n } Spike bei { $times } ms
       *[other] { $n } Spikes bei { $times } ms
    }
core-sweep-spikes-peak = { $n ->
        [one] { $n } Spike bei { $times } ms, mit Maximum bei { $peak } mV
       *[other] { $n } Spikes bei { $times } ms, mit Maximum bei { $peak } mV
    }
core-sweep-description = { $model }, { $stimulus }: { $outcome }. Rate über den Durchlauf: { $rate } Hz.
core-sweep-description-refractory = { $model }, { $stimulus }: { $outcome }. Rate über den Durchlauf: { $rate } Hz. Der zweite Puls kam während der Refraktärzeit und löste deshalb keinen zweiten Spike aus.
core-coincidence-silent = Zwei Eingaben im Abstand von { $delay } ms: kein Spike; die Membran erreicht höchstens { $peak } mV und bleibt unter der Schwelle von { $threshold } mV.
core-coincidence-spike = Zwei Eingaben im Abstand von { $delay } ms: ein Spike; zusammen bringen die beiden Eingaben die Membran über die Schwelle von { $threshold } mV.
core-dendrite-dcaap = dCaAP (Mensch, L2/3)
core-dendrite-monotonic = Monoton (Sigmoid)
core-gate-never = feuert nie
core-gate-and = AND
core-gate-or = OR
core-gate-xor = XOR
core-gate-nand = NAND
core-gate-nor = NOR
core-gate-xnor = XNOR
core-gate-always = feuert immer
core-gate-other = etwas anderes

## Orders of magnitude

core-scale-neurons = Neuronen
core-scale-synapses = Synapsen
core-scale-parameters = Parameter
core-system-layers = Das Schichten-Widget (größtes Netz)
core-system-c-elegans = C. elegans (Fadenwurm)
core-system-lenet = LeNet-5 (1998)
core-system-fruit-fly = Gehirn der Taufliege
core-system-honeybee = Gehirn der Honigbiene
core-system-resnet = ResNet-50 (2016)
core-system-mouse = Gehirn der Maus
core-system-human = Gehirn des Menschen
core-system-gpt3 = GPT-3 (2020)
core-source-layers = 2·8 + 8·8 + 8·1 Gewichte und 17 Bias-Werte
core-source-c-elegans-neurons = White et al. 1986, Phil. Trans. R. Soc. B
core-source-c-elegans-synapses = White et al. 1986 (etwa 7000 chemische Synapsen)
core-source-lenet = LeCun et al. 1998, Proc. IEEE
core-source-fruit-fly = Dorkenwald et al. 2024, Nature (FlyWire-Konnektom)
core-source-honeybee = Menzel & Giurfa 2001, Trends Cogn. Sci.
core-source-resnet = He et al. 2016, CVPR
core-source-mouse = Herculano-Houzel et al. 2006, PNAS
core-source-human-neurons = Azevedo et al. 2009, J. Comp. Neurol.
core-source-human-synapses = Größenordnung 10¹⁴ (Schätzungen reichen bis 10¹⁵)
core-source-gpt3 = Brown et al. 2020, NeurIPS
core-event-synaptic = Ein synaptisches Ereignis (ein ausgeschüttetes Glutamat-Vesikel und der dadurch ausgelöste postsynaptische Strom)
core-event-multiply-add = Eine 32-Bit-Gleitkomma-Multiplikation mit Addition (3,7 pJ Multiplikation + 0,9 pJ Addition)
core-event-spike = Ein Aktionspotential (der Spike eines ganzen Neurons)
core-event-dram = Ein 32-Bit-Lesezugriff auf den DRAM
core-source-synaptic = Attwell & Laughlin 2001, J. Cereb. Blood Flow Metab. 21:1133
core-source-spike = Attwell & Laughlin 2001; Spikes von Säugetieren brauchen um ein Mehrfaches weniger (Alle et al. 2009, Science 325:1405; Howarth et al. 2012)
core-source-horowitz = Horowitz 2014, ISSCC (45 nm)
core-count-of = { $large ->
        [yes] { $count }
       *[no] { $count }
    }

## Locks that hold (a shared link's ?lock= and ?hide=).

notice-locked-kept = Gesperrte Einstellungen wurden beibehalten: Der Link, mit dem diese Seite geöffnet wurde, sperrt sie.
boundary-lede-drag = Ein Neuron mit zwei Eingaben teilt die Ebene entlang der Geraden { $formula }. Verschiebe sie und sieh zu, wie die Punkte die Seite wechseln. Probier dann XOR.
boundary-lede-still = Ein Neuron mit zwei Eingaben teilt die Ebene entlang der Geraden { $formula }, auf jeder Seite eine Klasse.
boundary-plane-hint-points = Klick in die Ebene, um einen Punkt hinzuzufügen, oder auf einen Punkt, um ihn zu entfernen.
boundary-plane-hint-drag = Zieh die Gerade oder ihren Pfeil.
challenge-and-by-hand-setup-no-reset = Einstellen: die AND-Daten, kein Produktmerkmal und kein Training seither (die AND-Daten noch einmal zu wählen löscht es).
challenge-xor-one-neuron-hint-by-hand = Keine Gerade in (x₁, x₂) schafft das. Gib dem Neuron die zusätzliche Eingabe x₁·x₂ (das Kästchen unter den Daten) und stelle dann die Gewichte von Hand ein.
layers-blew-up-no-reset = Die Gewichte sind explodiert: Diese Lernrate ist zu groß. Das Training wurde angehalten, bevor eine Zahl unendlich wurde; verringere die Lernrate.
layers-collapse-nonlinear-fixed = Die verborgenen Einheiten sind nichtlinear, daher lassen sich die Schichten nicht zu einer einzigen ausmultiplizieren: Die Grenze kann sich biegen.
layers-collapse-note-fixed = Ihre Grenze ist eine einzige Gerade (in der Ebene gestrichelt), egal wie viele Schichten und Einheiten: XOR, der Kreis und die Spirale bleiben unerreichbar.
