# Neuron Lab's messages in English: the reference every other language follows.
# How to add a language or check one: docs/translating.md.
#
# Markup allowed inside a message: <strong>, <em>, <code>, <sub>, <sup>, and
# <a href="#id">…</a> (a place in the page) or <a href="https://…">…</a>. Nothing else.
# Variables ({ $name }) are filled in by the page; numbers arrive already in the
# language's form. Keep each message on one line unless it has a selector.

## The page

# Shown while the page loads (also read by the page's inline script: keep it on one line).
page-loading = Loading Neuron Lab…
page-brand = Neuron Lab
page-tagline = Biological neurons and artificial ones: what the analogy gets right, and where it breaks.
page-skip = Skip to the content
page-precheck = Check what you know first (optional, 10 questions)
page-open-whole = Open the whole lesson in Neuron Lab
page-footer = Everything runs in your browser; nothing is sent anywhere. The settings live in the address bar, so any view can be shared.
language-menu = Language
notice-language-unavailable = The page is not available in “{ $lang }”, so it is shown in English.

## Shown by the page's inline script if the app cannot start or stops (one line each).

crash-start-title = Neuron Lab could not start
crash-start-text = The page failed while loading, so it will not finish. Reload to try again; if this keeps happening, your browser may not support WebAssembly.
crash-stopped-title = Neuron Lab stopped working
crash-stopped-text = The simulation hit an error it cannot recover from, so the page no longer responds. Your settings are in the address bar: reload to carry on where you were.
crash-reload = Reload the page
# In a frame sandboxed without allow-same-origin, on a host that refuses the page's own files to such a frame. "allow-same-origin" and the sandbox attribute stay as they are (code).
crash-sandbox-title = This frame keeps Neuron Lab from starting
crash-sandbox-text = The page that shows Neuron Lab puts it in a sandboxed frame that may not load the app's own files. Ask its author to add allow-same-origin to the frame's sandbox (sandbox="allow-scripts allow-same-origin"), or open Neuron Lab on its own: with the link, or by copying its address below into a new tab.
crash-open-alone = Open Neuron Lab on its own

## Notices about a link's settings

notice-dendrite-pattern = The link's input pattern for the dendrite could not be read, so the first active pattern is shown.
# $field is one of: kind, theta, tau, strength
notice-dendrite-unreadable = The link's { $field ->
        [kind] dendrite type
        [theta] dendritic threshold
        [tau] dCaAP decay
       *[strength] input strength
    } for the dendrite could not be read, so the default is used.
notice-dendrite-clamped = The link's { $field ->
        [kind] dendrite type
        [theta] dendritic threshold
        [tau] dCaAP decay
       *[strength] input strength
    } for the dendrite was out of range, so the nearest allowed value is used.
## Sharing, the settings file, the crash message, embedding and the shared widgets

## The share dialog

share-summary = Share or embed
# Label of the menu choosing what the link shows.
share-widget-label = Share
share-whole-lesson = The whole lesson
share-only-neuron = Only the biological neuron
share-only-explorer = Only the artificial neuron
share-only-boundary = Only the decision boundary
share-only-layers = Only the layers
share-only-bridge = Only rates and plasticity
share-only-dendrite = Only a dendrite that computes XOR
share-only-timing = Only spikes in time
share-only-scale = Only the scale comparison
share-table-caption = Controls to hide or lock for the people you share with
share-column-controls = Controls
share-column-hide = Hide
share-column-lock = Lock
# Accessible names of a row's checkboxes; $group is one of the share-group- names below.
share-hide-group = Hide: { $group }
share-lock-group = Lock: { $group }
share-link-label = Link
share-no-challenges = Hide the challenges (?challenges=off)
share-no-quiz = Hide the concept checks (?quiz=off)
share-teachers-text = For teachers: the lesson plan, a worksheet with its answer key, and the class view.
share-teachers-link = Open the teachers' page
share-snippet-label = Embed code for a course page
share-copy-link = Copy the link
share-copy-snippet = Copy the embed code
copy-button = Copy
copy-done = Copied.
copy-failed = This browser did not let the page copy: select the text and copy it yourself.
# The title of the <iframe> in the embed code (its accessible name in the course page).
share-frame-title = Neuron Lab
# Tooltip of a group of controls that a shared link locked.
share-locked-title = Locked by the teacher who shared this link

## Groups of controls a shared link can hide or lock (also listed for teachers)

share-group-ex-toolbar = Activation picker and buttons
share-group-ex-inputs = Inputs, weights and bias
share-group-bd-weights = Weight and bias sliders
share-group-bd-learning = Learning settings
share-group-bd-training = Training buttons (decision boundary)
share-group-bd-data = Data controls
share-group-nn-settings = Network and learning settings
share-group-nn-units = Unit counts
share-group-nn-training = Training buttons (layers)
share-group-bl-stimulus = Stimulus controls
share-group-bl-playback = Playback
share-group-dd-kind = The monotonic-dendrite switch
share-group-dd-sliders = Strength, threshold and decay sliders
share-group-sc-sources = Sources

## The settings file

settings-export = Export settings (JSON)
settings-import = Import settings (JSON)
settings-loaded = Settings loaded.
# $reason is one of the settings-not- messages below.
settings-nothing-loaded = Nothing loaded. { $reason }
settings-too-large = This file is too large to be a Neuron Lab settings file.
settings-not-json = This file is not JSON, so it is not a Neuron Lab settings file.
# Keep "format": "neuron-lab" as it is: it is what the file must contain.
settings-not-ours = This JSON file is not a Neuron Lab settings file (it has no "format": "neuron-lab").
settings-other-version = This settings file is from another version of Neuron Lab and cannot be read.
settings-empty = This settings file has no settings in it.

## The message shown if the page fails while running

panic-title = Something went wrong inside Neuron Lab
panic-text = The page hit an error it could not recover from. Your settings are still in the address bar: reload to carry on where you were, or start afresh with the defaults.
panic-reload = Reload with my settings
panic-afresh = Start afresh

## Embedding

# $name is what the link asked for (at most 24 characters), shown as it is.
embed-unknown-widget = This embed link asks for a widget “{ $name }” that Neuron Lab does not have, so the whole lesson is shown.

## A course package inside a course system (SCORM 1.2). { $error } is the course system's own code and words.
course-not-started = The course system did not start a session ({ $error }). Everything works on this page, but your progress is not recorded in the course.
course-not-saved = The course system could not save your progress ({ $error }). It stays on this page, and nothing the course recorded before is lost.
course-not-committed = The course system could not store what was sent to it ({ $error }). Your progress stays on this page, and nothing the course recorded before is lost.
course-settings-too-long = Your settings are too long for the course system to keep (it keeps at most 4096 characters). Your progress is kept; the settings stay in this page’s link.

## Pieces every widget shares

widget-more-settings = More settings
widget-dismiss = Dismiss
# The play button's label while the widget runs.
widget-pause = Pause
widget-save-png = Save PNG
# Accessible name of a plot's save button; $plot is the plot's name.
widget-save-png-plot = Save PNG: { $plot }
# $value is the value still in force, when the typed text is not a valid value; $problem says why.
widget-slider-still-using = { $problem }; still using { $value }
widget-loss-sound = Sound: a tone that falls as the loss falls
# $name is the loss's name as its readout says it ("Loss", "Training loss"); $loss and $hz are numbers.
widget-loss-tone = { $name } { $loss } sounds at { $hz } Hz.
widget-loss-not-a-number = { $name } is not a number: no tone.
widget-loss-none = No loss yet: train to hear it.
# $low and $high are pitches in hertz; $floor and $ceiling are losses.
widget-loss-range = Lower pitch, lower loss: { $low } Hz for a loss of { $floor } or less, { $high } Hz for { $ceiling } or more.
# Accessible name of a slider's number field; $name is the slider's label ("Weight w1").
widget-slider-field = { $name } value
## Lesson

# The sections' titles: the headings of the lesson and the entries of the table of contents.
lesson-s1-title = 1. The biological neuron
lesson-s2-title = 2. The artificial neuron
lesson-s3-title = 3. Where the analogy holds
lesson-s4-title = 4. Where it breaks down
lesson-s5-title = 5. Why the name persists
lesson-s6-title = 6. Summary
lesson-s7-title = 7. Check your understanding
# The name of the table of contents, read by screen readers.
lesson-contents-label = Contents
# The label in bold before each prompt that asks the learner to try something in the widget below.
lesson-try-this = Try this.

## Lesson, section 1

lesson-s1-text = A neuron collects signals on its dendrites, where other cells' axons meet it at synapses. Each synapse has a strength: some excite, some inhibit. The cell body adds the effects up as a change of its membrane potential, which leaks back towards rest. When the potential at the start of the axon (the axon hillock and its initial segment) crosses a threshold, the neuron fires an action potential: a spike of nearly fixed size that travels down the axon to the next cells, followed by a refractory period in which it cannot fire again at once, and then only with a stronger input. Learning changes, among other things, the strengths of the synapses.
lesson-s1-aside = All-or-nothing is true of the spike that starts at the axon's initial segment. It is not the whole story: slower, graded (analog) changes of the membrane potential also travel down the axon and change how much transmitter a spike releases (Shu et al. 2006, Nature 441:761; Alle & Geiger 2006, Science 311:1290), and some neurons, such as the retina's photoreceptors and most of its bipolar cells, do not spike at all: they signal with graded potentials (some bipolar cells, long counted among them, turn out to spike as well: Baden et al. 2011, Curr Biol 21:1859).
lesson-s1-try = Lower the amplitude until the spike disappears: where is the threshold? Then choose a paired pulse and shorten the interval: when does the second pulse stop producing a spike, and why?

## Lesson, section 2

# The numbers of the worked example are fixed: write them in your language's form.
lesson-s2-text = The artificial neuron keeps the outline and drops the physics. Its inputs x stand for the signals at the dendrites, its weights w for the synaptic strengths, the weighted sum plus a bias for the cell body's summing, and the activation function f for the decision to fire; the output y stands for the axon's signal. The whole neuron is one line: y = f(w · x + b). The worked example has inputs (0.5, 0.3, 0.8), weights (0.4, −0.2, 0.9) and bias 0.1: z = 0.96 and σ(0.96) = 0.7231.
lesson-s2-try = Make the second weight strongly negative: how far does the output fall? Switch to the step function: which value of z is the threshold now, and what happens to the slope?

## Lesson, section 3

lesson-s3-learning-heading = Learning changes connection strengths
lesson-s3-learning-text = Both kinds of neuron learn by changing the strengths of their connections. An artificial neuron follows the slope of its error (gradient descent); a synapse strengthens when its input helps cause a spike (spike-timing-dependent plasticity), at many synapses only when a neuromodulator such as dopamine is present too. With two inputs, the neuron draws a line across the plane, and learning moves the line.
lesson-s3-learning-try = Train on OR, then on XOR. Why does XOR never get past three of four points? What does adding the feature x₁·x₂ change?
lesson-s3-layers-heading = Layers, and the nonlinearity that makes them worth stacking
lesson-s3-layers-text = In a brain, information is mostly carried by the pattern of activity across many cells rather than by any single one; a network spreads a problem across layers of units in the same way. But layers only help if each applies a nonlinear activation, like the neuron's threshold: stack linear units and the layers multiply out into a single linear map.
# "Make every activation linear" is the layers widget's button: use its text in your language.
lesson-s3-layers-try = Choose the spiral and train the default network. Then press "Make every activation linear": what happens to the boundary, however many units you add?
lesson-s3-bridge-text = Averaged over time, a spiking neuron's firing rate does look like an activation function, and synapses do learn from timing. Both are below.

## Lesson, section 4: each item of the list starts with its claim in bold.

# "Show the backward pass" and "More settings" are the layers widget's controls: use their text in your language.
lesson-s4-backprop = <strong>Backpropagation has no clear biological equivalent.</strong> Training a network sends precise error gradients backwards through the same connections (press "Show the backward pass" in the layers widget). Synapses transmit one way, and no known mechanism copies the forward weights into a backward path (the weight-transport problem; Grossberg 1987). Learning can work without that copy: under More settings in the layers widget, choose feedback alignment, which sends the error back through fixed random weights (Lillicrap et al. 2016, Nat. Commun. 7:13276), and watch the angle between its updates and the true gradient fall as the network learns. It still needs a separate backward path and a precise error, so it is called more plausible, not biological.
lesson-s4-dale = <strong>Real neurons excite or inhibit; artificial units do both.</strong> Most neurons have the same effect at all their synapses, excitatory or inhibitory (Dale's principle), and about one cortical neuron in five is inhibitory. An artificial unit may excite one unit and inhibit the next. In the layers widget, under More settings, switch on Dale's law: each hidden unit's outgoing weights then keep one sign, and the Compare button trains the same network with and without it. Sign-constrained networks learn less well; networks with separate inhibitory units built like cortical interneurons close the gap (Cornford et al. 2021, ICLR).
# "More settings" and "Under the hood" are the neuron lab's disclosure and checkbox: use their texts in your language.
lesson-s4-complexity = <strong>Real neurons are far more complex.</strong> Even the 1952 squid-axon model needs three kinds of ion-channel gates changing in time (in the neuron lab of <a href="#s1">section 1</a>, open “More settings” and tick “Under the hood”); real neurons add many more channels, dendrites that compute (one is below), more than a hundred transmitters (about a dozen small molecules and over a hundred neuropeptides; Purves et al., Neuroscience), and modulators that change the rules.
lesson-s4-spikes = <strong>Spikes are events in time; activations are numbers.</strong> A neuron's output is a train of spikes of nearly the same size, whose timing matters; an artificial unit outputs one continuous value, the same whenever its inputs arrive.
lesson-s4-scale = <strong>Scale and energy.</strong> About 86 billion neurons and 10¹⁴ synapses run on about 20 watts. The largest published models had 175 billion parameters by 2020 (GPT-3) and over a trillion by 2021 (the sparse Switch Transformer, 1.6 trillion; Fedus et al. 2022, JMLR 23:120), still far fewer than the brain's synapses; newer models do not publish their counts. Training one draws megawatts: GPT-3's training averaged about 3.6 MW (Patterson et al. 2021). Sources of the rest: <a href="#scale-title">Scale: brains and networks</a>, below.
lesson-s4-dendrite-heading = A dendrite that computes
lesson-s4-dendrite-text = A point neuron adds its inputs and passes the sum through one function. When that function only rises (or only falls), as the step, the sigmoid and ReLU do, one artificial neuron splits its inputs along a single straight line and cannot compute XOR; an activation that rises and falls again, such as a Gaussian bump, would let it. Real dendrites do more than add. The human cortical neuron below has a dendritic calcium spike that grows weaker as its input grows stronger, and in a model built on the recordings that lets a single neuron answer XOR.
lesson-s4-dendrite-try = Read the truth table: which patterns fire the soma? Raise τ until the table says OR, then switch to the monotonic dendrite and hunt for XOR with every slider. Why can't you find it?
lesson-s4-timing-heading = Spikes in time
lesson-s4-timing-try = Move the two inputs apart in time until the neuron stops firing. Does the artificial neuron's answer change? Then feed the explorer's neuron to both kinds and compare one number with a spike train.

## Lesson, section 5

lesson-s5-history = The name comes from history: McCulloch and Pitts (1943) modelled neurons as threshold units, and Rosenblatt's perceptron (1958) was built as a model of learning in the brain. The outline survived (weighted inputs, a threshold-like nonlinearity, learning by changing weights) while almost everything else was dropped for what computes well on a chip. The name is a useful reminder of that origin, and a misleading promise if taken literally.
lesson-s5-claims = So when a claim says an AI system "works like the brain", ask which part: the weighted sum and the nonlinearity, yes; spikes, timing, the brain's learning rules, its energy budget, the sheer detail of real cells, in most systems not at all. What a network can do has to be judged by testing it, not by its name.

## Lesson, section 6: the summary table. The "see it" cells link to the sections and widgets that show each row.

lesson-summary-caption = Biological and artificial neurons compared; each row links to the widget that shows it
lesson-summary-aspect = Aspect
lesson-summary-biological = Biological neuron
lesson-summary-artificial = Artificial neuron
lesson-summary-see-it = See it
lesson-summary-input = Input combination
lesson-summary-input-biological = Currents from thousands of synapses sum on the membrane, leaking and interacting in time and space
lesson-summary-input-artificial = A weighted sum w · x + b, instant and exact
lesson-summary-input-see = <a href="#s2">The artificial neuron</a>
lesson-summary-nonlinearity = Nonlinearity
lesson-summary-nonlinearity-biological = A threshold and an all-or-nothing spike, then a refractory period
lesson-summary-nonlinearity-artificial = An activation function: step, sigmoid, ReLU…; without it, layers collapse
lesson-summary-nonlinearity-see = <a href="#s3">Layers</a>
lesson-summary-output = Output
lesson-summary-output-biological = A spike train; timing carries information
lesson-summary-output-artificial = One continuous number
lesson-summary-output-see = <a href="#s4">Spikes in time</a>
lesson-summary-learning = Learning mechanism
lesson-summary-learning-biological = Plasticity driven by activity at each synapse, such as STDP, often gated by a neuromodulator such as dopamine (a third factor)
lesson-summary-learning-artificial = Gradient descent with backpropagated, global error (feedback alignment needs no copy of the weights, but still a backward path)
lesson-summary-learning-see = <a href="#s3">Learning</a>, <a href="#layers-title">learning without backpropagation</a>
lesson-summary-complexity = Complexity
lesson-summary-complexity-biological = Ion channels, dendrites that compute (in a model built on recordings, one neuron computes XOR), more than a hundred transmitters, modulation
lesson-summary-complexity-artificial = A few multiplications and one function
lesson-summary-complexity-see = <a href="#s1">The biological neuron</a>, <a href="#dendrite-title">a dendrite that computes XOR</a>
lesson-summary-scale = Scale and energy
lesson-summary-scale-biological = 86 billion neurons, about 10¹⁴ synapses, 20 W; a synaptic event about 0.01 pJ
lesson-summary-scale-artificial = Hundreds of billions of parameters, over a trillion in the largest published (2020–2022); megawatts to train; a 32-bit multiply-add about 5 pJ (on a 45 nm chip)
lesson-summary-scale-see = <a href="#s4">Scale</a>

## Lesson, section 7

lesson-s7-text = Ten questions on the claims of the lesson. Each answer is explained, with a link to the widget that shows it; if you took the check before the lesson, your gain is shown.

## Scale widget (section 4): counts of brains and networks on one axis, and an energy table.
## The systems' names, what is counted, the counts in words and the sources come from the page.

scale-title = Scale: brains and networks
scale-lede = Counts on a logarithmic axis, each grid line a hundred times the last. A synapse is far more than a number and a parameter far less than a synapse: this compares orders of magnitude, not like with like.
# The chart's name, read by screen readers.
scale-chart-label = Scale comparison, logarithmic
# The label beside a bar: $system is a brain or a network ("Human brain"), $quantity what is counted (neurons, synapses or parameters).
scale-bar-name = { $system } · { $quantity }
# Shown under the chart for the bar in focus, and what a screen reader says for the bar: $count is the count in words, written before what it counts (core-count-of: "86 billion", "86 mil millones de"), $source the reference.
scale-readout = { $system }: about { $count } { $quantity } (source: { $source }).
scale-readout-empty = Focus or point at a bar to read its value and source.
scale-energy-title = Energy: one event in a brain, one operation in a chip
scale-energy-caption = Energy of one event, in picojoules (10⁻¹² J), with the arithmetic
scale-energy-event = Event
scale-energy-energy = Energy
scale-energy-how = How it is reckoned
# An energy in picojoules: $pj is the number.
scale-energy-picojoules = { $pj } pJ
# How a brain's energy is reckoned: $atp is the ATP molecules one event uses and $joules_per_atp the energy of one molecule (both written like "1.6 × 10⁵"), $pj their product in picojoules.
scale-energy-from-atp = { $atp } ATP × { $joules_per_atp } J per ATP = { $pj } pJ
# How a chip's energy is reckoned.
scale-energy-measured = measured on a 45 nm chip
# $ratio is a fraction such as "1/340"; $spikes how many multiply-adds one spike costs as much as.
scale-energy-text = So one synaptic event costs roughly { $ratio } of a 32-bit multiply-add, and one whole spike about as much as { $spikes } of them; both figures are good only to within a factor of a few, and fetching one number from memory costs more than either. A top-down estimate comes out more than ten times higher, as it should, since it counts every cost of the brain, not one event's: about 20 watts shared by some 10¹⁴ synapses that each pass a signal about once a second is of the order of 10⁻¹³ joules per synaptic event. A data-centre GPU (an NVIDIA A100: 400 W at most for 312 × 10¹² 16-bit operations a second) spends about 10⁻¹² joules per operation at full speed, and training a large language model keeps thousands of them busy for weeks.
scale-sources = Sources
# A source of the chart (variables as in scale-readout).
scale-source-count = { $system }, { $quantity }: { $source }
# A source of the energy table: $event is the table's row, $source the reference.
scale-source-energy = { $event }: { $source }
scale-source-brain-power = Brain power, about 20 W: Attwell & Laughlin 2001, J. Cereb. Blood Flow Metab.; Raichle & Gusnard 2002, PNAS.
scale-source-gpu = NVIDIA A100 Tensor Core GPU datasheet (2020): 400 W, 312 TFLOPS FP16 tensor.
scale-source-atp = One ATP molecule, about 8.3 × 10⁻²⁰ J: about 50 kJ/mol under cellular conditions (Nelson & Cox, Lehninger Principles of Biochemistry) over Avogadro's number.
## Explorer, decision boundary and plots

## The artificial-neuron explorer

explorer-title = Build an artificial neuron
# $formula is the equation "y = f(w · x + b)", shown in its own style.
explorer-lede = Inputs times weights, plus a bias, through an activation function: { $formula }.
explorer-plot-label = Activation function plot
explorer-notes-inputs = Each input is a signal arriving at a dendrite; its weight is the strength of that synapse, and negative weights inhibit. The bias shifts the threshold: how easily the neuron fires with no input at all.
# Headings of the activation's formula and of its derivative's formula.
explorer-function = Function
explorer-slope = Slope
# $note is one or two sentences on how the chosen activation relates to a real neuron.
explorer-biology = <strong>Biology:</strong> { $note }
explorer-notes-plot = The orange ring is the neuron's operating point (z, f(z)); the orange line is the tangent there, whose slope is what gradient descent follows.

## The neuron diagram (an SVG picture, and its text description for screen readers)

explorer-legend-excitatory = excitatory, w > 0
explorer-legend-inhibitory = inhibitory, dashed
explorer-legend-width = width: |w|
explorer-diagram-title = Neuron diagram
# The diagram's column headings: the artificial part above, the biological part below.
explorer-diagram-inputs = inputs x
explorer-diagram-dendrites = dendrites
explorer-diagram-weights = weights w
explorer-diagram-synapses = synapses
explorer-diagram-cell-body = cell body
explorer-diagram-hillock = axon hillock
explorer-diagram-output = output y
explorer-diagram-axon = axon
# Captions under the cell body and under the output.
explorer-diagram-sums = adds up its inputs
explorer-diagram-passes-on = passes the signal on
# One input in the diagram's description: $n is the input's number, $x its value, $w its weight.
explorer-diagram-input-excitatory = x{ $n } = { $x } through an excitatory synapse of weight { $w }
explorer-diagram-input-inhibitory = x{ $n } = { $x } through an inhibitory synapse of weight { $w }
explorer-diagram-input-silent = x{ $n } = { $x } through a silent synapse of weight { $w }
# What separates the inputs in the list $inputs below.
explorer-diagram-input-separator = { "; " }
# $z is the weighted sum, $activation the activation function's name, $y the output.
explorer-diagram-result = The cell body sums them with the bias to z = { $z }; the { $activation } activation gives the output { $y } along the axon.
# The diagram's description. $n is the number of inputs, $inputs the list of inputs, $bias
# the bias, $result the sentence above (or why the neuron cannot be evaluated).
explorer-diagram-description = { $n ->
        [one] { $n } input
       *[other] { $n } inputs
    }: { $inputs }. Bias b = { $bias }. { $result }

## The equation with live numbers

explorer-equation-title = The equation, live
# $reason says what is wrong, such as "the weighted sum is too large to represent".
explorer-cannot-evaluate = This neuron cannot be evaluated: { $reason }
# The caption under z in the equation.
explorer-weighted-sum = weighted sum
# Before the output's equation "y = σ(0.96) = 0.7231".
explorer-output = Output
explorer-output-aria = Neuron output y

## The explorer's controls

explorer-inputs-title = Inputs and weights
# Slider labels; the input's number follows as a subscript (Input x₁, Weight w₁).
explorer-input-label = Input x
explorer-weight-label = Weight w
explorer-bias-label = Bias b
# The button that removes input number $n (its label for screen readers and its tooltip).
explorer-remove-input = Remove input x{ $n }
explorer-activation-label = Activation function
explorer-add-input = Add input
# The Add input button's tooltip; $n is the most inputs a neuron can have.
explorer-add-input-limit = A neuron here has at most { $n ->
        [one] { $n } input
       *[other] { $n } inputs
    }
explorer-example = Example from the text
explorer-reset = Reset
explorer-reset-title = Back to the settings this page opened with

## The decision-boundary widget

boundary-title = Draw a boundary, then let the neuron learn
# $formula is the line's equation "w₁x₁ + w₂x₂ + b = 0", shown in its own style;
# { boundary-train } is the name of the button that starts training.
boundary-lede = A neuron with two inputs splits the plane along the line { $formula }. Drag it, or press { boundary-train } and watch it learn. Then try XOR.

## The boundary's data

boundary-data-set = Data set
# The data set menu's entry when the learner has edited the points.
boundary-own-points = Your own points
boundary-product-feature = Add the feature x₁·x₂ as a third input
boundary-seed = Seed
boundary-new-seed = New seed
boundary-noise = Noise
# Which class a click on the plane adds: "New points are" / "class 1 (blue circle)".
boundary-new-points-are = New points are
boundary-new-class-1 = class 1 (blue circle)
boundary-new-class-0 = class 0 (vermillion square)
boundary-point-form = Add or remove a point by keyboard
# A slider label; the coordinate's number follows as a subscript (New point x₁).
boundary-new-point = New point x
boundary-add-point = Add point
boundary-remove-point = Remove nearest point
# $radius is a distance on the plane, such as 0.15.
boundary-no-point-near = No point within { $radius } of there to remove.
boundary-clear-points = Clear all points
boundary-csv = Points as CSV
# The CSV format itself is fixed (x1,x2,label: commas between the values, a decimal point in
# numbers): keep "x1,x2,label" as it is.
boundary-csv-label = One point per line: x1,x2,label (label 0 or 1)
boundary-csv-load = Load points
boundary-csv-show = Show current points
# $n is the most points a data set can have.
boundary-point-not-added = No point added: points must lie in the plane and there can be at most { $n }.
boundary-csv-loaded = Loaded { $n ->
        [one] { $n } point
       *[other] { $n } points
    }.
# $reason says which line of the CSV text is wrong and why.
boundary-csv-not-loaded = Nothing loaded. { $reason }

## The boundary's training

boundary-learning = Learning
boundary-rule = Learning rule
boundary-rate = Learning rate
# The label of the group of training buttons, for screen readers.
boundary-training-group = Training
# The button that starts training (it reads "Pause" while training runs).
boundary-train = Train
boundary-one-epoch = One epoch
boundary-one-example = One example
boundary-reset-weights = Reset weights
# Readouts beside the plane: the epoch count, the loss, the points correct, the training speed.
boundary-epoch = Epoch
boundary-loss = Loss
boundary-correct = Correct
boundary-correct-aria = Points classified correctly
# $correct of $total points are classified correctly.
boundary-correct-count = { $correct } of { $total }
boundary-speed = Speed
# The measured training speed; $rate is a whole number of epochs per second.
boundary-epochs-per-second = { $rate } epochs/s
boundary-paused = Paused.
# Shown when training gets stuck on XOR.
boundary-xor-stuck = One artificial neuron with a rising activation can't; one human cortical neuron can, in a model built on recordings: <a href="#dendrite-title">see a dendrite that computes XOR</a>.
boundary-restore-run-start = Back to the weights before this run
boundary-activation = Activation
# One speed in the Speed menu. $speed is one of: slow, normal, fast; $n is how many epochs
# are trained per animation frame.
boundary-speed-option = { $speed ->
        [slow] Slow
        [normal] Normal
       *[fast] Fast
    } ({ $n ->
        [one] { $n } epoch
       *[other] { $n } epochs
    } per frame)
boundary-curve-label = Training curve: loss and accuracy per epoch
# $epochs is the number of epochs trained, $loss the mean loss, $percent the share of points
# classified correctly (a whole number).
boundary-curve-description = Training curve over { $epochs ->
        [one] { $epochs } epoch
       *[other] { $epochs } epochs
    }: mean loss now { $loss }{ $trend ->
        [falling] , still falling
        [flat] , levelled off (a plateau)
        [rising] , rising
       *[none] {""}
    }, { $percent }% of points correct.
boundary-curve-none = No training yet.

## One training example, step by step

boundary-step-title = One example, step by step
# $x1, $x2 are the example's coordinates, $class its class (0 or 1), $target the target output.
boundary-step-example = Example ({ $x1 }, { $x2 }), class { $class } (target t = { $target }).
# $z is the weighted sum, $symbol the activation's symbol (such as σ), $y the output.
boundary-step-forward = Forward pass: z = { $z }, output y = { $symbol }({ $z }) = { $y }.
boundary-step-error = Error y − t = { $error }; loss { $loss }.
# The update rule; $rate is the learning rate. The first is for the perceptron rule, the
# second for gradient descent.
boundary-step-gradient-perceptron = Gradient of each weight, −(t − y)·x (the perceptron's update direction); update w ← w − { $rate }·gradient:
boundary-step-gradient = Gradient of each weight, ∂loss/∂w = ∂loss/∂z · x; update w ← w − { $rate }·gradient:
# The table's column headings.
boundary-step-weight = weight
boundary-step-input = input x
boundary-step-gradient-column = gradient
boundary-step-new-value = new value

## The boundary's weights

boundary-weights-title = Weights and bias
# $half is the number 0.5 (the output between the classes); $level the weighted sum z there.
boundary-class-1-where = Class 1 where f(z) ≥ { $half }, so z ≥ { $level }; the arrow (w₁, w₂) points towards it.
# Slider labels; the weight's number follows as a subscript (Weight w₁).
boundary-weight-label = Weight w
boundary-bias-label = Bias b

## The boundary's plane

boundary-plane-heading = The plane
boundary-plane-label = Decision plane: the neuron's output over inputs x1 and x2, with the data
# The colour legend under the plane, from class 0 to class 1.
boundary-class-0 = class 0
boundary-class-1 = class 1
boundary-plane-hint = Drag the line or its arrow; click to add a point, or on a point to remove it.

## Words drawn on the plots (axis titles, legends, labels on lines). Keep them short.

# A point's coordinates on a plot, such as (0.96, 0.7231). Where the decimal sign is a comma,
# separate the two with something else, such as a semicolon.
plot-point = ({ $x }, { $y })
plot-epoch = epoch
plot-time = time (ms)
# The activation plot: the horizontal axis, the slope's and the function's legend entries
# ($name is the activation's name, such as Sigmoid).
plot-activation-x = z (weighted sum)
plot-activation-slope = f′(z), the slope
plot-activation-curve = f(z), { $name }
# The angle between a learning rule's update and the true gradient.
plot-angle-y = angle (°)
plot-angle-random = 90°: no better than a random direction
# The dendrite's potentials over time; $value is the soma's threshold in mV.
plot-soma-threshold = soma threshold { $value } mV
plot-dendrite-potential = dendrite (rest + dCaAP)
plot-soma = soma
# The dendrite's response against its input current, beside the sigmoid and ReLU.
plot-dendrite-curve-x = input current I (nA)
plot-dendrite-curve-y = response / maximum
plot-dendrite-sigmoid = sigmoid σ(I − θ)
plot-dendrite-relu = ReLU
plot-soma-fires = soma fires above
# The marks of one active input and of both active inputs.
plot-one-input = one input
plot-both-inputs = both
plot-dendrite-amplitude = dendrite A(I) / A_max
# Firing rate against input current; $unit is the current's unit, such as nA.
plot-fi-x = input current ({ $unit })
plot-fi-y = firing rate (Hz)
plot-fi-relu = ReLU fit
plot-fi-sigmoid = sigmoid fit
plot-fi-measured = measured
# The training curve's legend.
plot-mean-loss = mean loss
plot-fraction-correct = fraction correct
# The spike raster's vertical axis: one row per sweep.
plot-sweep = sweep
# Spike-timing-dependent plasticity.
plot-stdp-y = weight change Δw
plot-repetitions = repetitions
plot-weight = weight
plot-stdp-synapse = synapse, STDP pairings
plot-stdp-artificial = artificial weight, gradient steps
# The membrane potential's reference lines; $value is the potential in mV.
plot-rest-line = rest { $value } mV
plot-threshold-line = threshold { $value } mV
# The Hodgkin-Huxley gates (m, h, n are their symbols) and ionic currents.
plot-gate-m = m (sodium opens)
plot-gate-h = h (sodium inactivates)
plot-gate-n = n (potassium opens)
plot-open-fraction = open fraction
plot-current-sodium = sodium (inward < 0)
plot-current-potassium = potassium (outward > 0)
plot-current-leak = leak
plot-current-y = current (µA/cm²)
## Layers: a small network that learns by backpropagation

layers-title = Stack neurons in layers
layers-lede = Nonlinear layers can bend the boundary; linear ones collapse into one neuron.

## Layers: settings, transport and readouts

layers-controls-title = Network and learning
layers-data-label = Data set
layers-hidden-layers-label = Hidden layers
layers-hidden-activation-label = Hidden activation
layers-rate-label = Learning rate
# $layer is the hidden layer's number (1 to 6).
layers-units-label = Units in hidden layer { $layer }
layers-transport-label = Network training
layers-train-button = Train
layers-one-epoch-button = One epoch
layers-reset-button = Reset
layers-epoch-readout = Epoch
layers-test-loss-readout = Test loss
layers-train-correct-readout = Train correct
layers-test-correct-readout = Test correct
layers-test-accuracy-label = Test accuracy
layers-spoken-training = Training, epoch { $epoch }: { $accuracy ->
        [none] test loss { $loss }.
       *[other] test accuracy { $accuracy }%, test loss { $loss }.
    }
layers-spoken-paused = Epoch { $epoch }: { $accuracy ->
        [none] test loss { $loss }.
       *[other] test accuracy { $accuracy }%, test loss { $loss }.
    }
# A share of points, $value a whole number from 0 to 100.
layers-percent = { $value }%
layers-output-activation-label = Output activation
layers-loss-label = Loss
layers-batch-label = Batch size
layers-l2-label = Regularisation rate
# The name of the loss the tone follows (the sound button says what it plays).
layers-loss-sound-name = Training loss
layers-blew-up = The weights blew up: this learning rate is too large. Training paused before any number became infinite; lower the learning rate or press Reset.

## Layers: the network diagram and the selected unit
## Units are named x1, x2 (inputs), h1.1, h2.3 (hidden units) and y (the output).

layers-diagram-title = The network
layers-backward-button = Show the backward pass
layers-diagram-label = Network diagram
# $name is a unit's name such as h1.2.
layers-unit-button = Unit { $name }: show its output and edit its weights
# $name is an input feature's short name: x1, x2, x1², x2², x1x2, sin x1 or sin x2.
layers-input-label = Input { $name }
# $inputs lists the input features; $layers is the number of hidden layers (1 to 6), $sizes
# their units, listed; $outputs is 1, or 3 or 4 (one per class, under a softmax); $dale is on or
# off; $hidden_activation and $output_activation are activation names; $weights and $biases counts.
layers-diagram-description = A network with the inputs { $inputs }, { $layers ->
        [one] one hidden layer of { $sizes } units
       *[other] { $layers } hidden layers of { $sizes } units
    } ({ $hidden_activation } activation) and { $outputs ->
        [one] one output ({ $output_activation })
       *[other] { $outputs } outputs, one per class, turned into probabilities by a softmax
    }. { $weights } weights and { $biases } biases.{ $dale ->
        [on] { " " }Dale's law: each hidden unit is excitatory or inhibitory; inhibitory units are drawn with a double ring.
       *[off] { "" }
    }
layers-legend-positive = positive
layers-legend-negative = negative, dashed
layers-legend-width = width: |w|
# The backward pass, shown one layer at a time; $layer is the layer's number (1 for the first hidden layer).
layers-backward-backprop = Backward pass: the error signal δ reaches layer { $layer } and flows back through its incoming weights (orange), which each get the gradient δ × the input they carried.
layers-backward-output = Backward pass: the output's error δ updates its incoming weights (orange), exactly as backpropagation does; the hidden layers come next, through the fixed random feedback.
layers-backward-feedback-alignment = Feedback alignment: the error δ reaches layer { $layer } through the fixed random matrix B (dashed purple), not through the forward weights; its incoming weights (orange) each get δ × the input they carried.
layers-backward-direct = Direct feedback alignment: the output's error reaches layer { $layer } straight from the output, through its own fixed random matrix (dashed purple); its incoming weights (orange) each get δ × the input they carried.
layers-select-unit-hint = Select a unit to see and edit it.
# $name is a unit's name such as h1.2.
layers-unit-title = Unit { $name }
layers-unit-plot-label = Selected unit's output over the plane
layers-unit-description = This unit's output over the plane ranges from { $low } to { $high }.
# $name is the name of the unit the weight comes from, such as x1 or h1.2.
layers-weight-from-label = Weight from { $name }
layers-bias-label = Bias

## Layers: why nonlinearity matters, and backpropagation's problem

layers-collapse-title = Why nonlinearity matters
layers-collapse-nonlinear = The hidden units are nonlinear, so the layers cannot be multiplied together into one: the boundary can bend. Make every activation linear and watch the network collapse into a single neuron.
layers-make-linear-button = Make every activation linear
layers-collapse-linear = Every hidden activation is linear, so the layers multiply out into one linear layer (the product of the weight matrices, with the biases carried through):
layers-collapsed-equation-label = Equivalent single layer
layers-collapse-caption = The single layer predicts exactly what the network does
layers-collapse-input-column = input (x₁, x₂)
layers-collapse-network-column = network
layers-collapse-single-column = single layer
# A sample point of the plane, $x1 and $x2 its coordinates.
layers-collapse-point = ({ $x1 }, { $x2 })
layers-collapse-note = Its boundary is one straight line (dashed on the plane), however many layers and units: XOR, the circle and the spiral stay out of reach. Switch the hidden activation back to tanh or ReLU to bend it.
layers-backprop-title = Backpropagation, and its biological problem
# "Show the backward pass" is the button layers-backward-button.
layers-backprop-text = To learn, the network sends its output error backwards through the same connections, layer by layer, giving every weight its exact share of the blame (press <em>Show the backward pass</em> above the diagram). No known mechanism in the brain does this: synapses carry signals one way, and the backward error would need the forward weights copied exactly. What is known to change a synapse is the activity at that synapse (the input spike, and the cell's own spike travelling back into its dendrites), often together with a neuromodulator such as dopamine that reaches many synapses at once (a third factor; Gerstner et al. 2018, Front Neural Circuits 12:53): a signal of reward or surprise, not a precise error for each synapse.
# "More settings" is the name of the panel of further settings.
layers-feedback-text = Does learning need that exact copy? Under More settings, choose feedback alignment: the error goes back through fixed random weights instead (Lillicrap et al. 2016), and the plot shows the angle between its updates and the true gradient. It starts near or above 90°, falls as the forward weights come to align with the random feedback, and then the loss falls, usually more slowly than with backpropagation. It can also stall: on XOR the default 4-2 network stops at 77% of the test points, where backpropagation reaches 100%. Each unit of the last hidden layer gets the output's error through one fixed random number, so all of them are pushed to move the output the same way; two units leave the fixed feedback too few directions to align with, two corners of XOR end up with the same code in them, and the error stops getting through. With one hidden layer of 4 units, feedback alignment learns XOR.

## Layers: training curves

layers-curves-label = Network training curves
layers-curve-training = training loss
layers-curve-test = test loss
# $epochs is a count; $train_loss and $test_loss numbers; $correct a whole percentage.
layers-curves-description = Loss and accuracy per epoch over { $epochs ->
        [one] { $epochs } epoch
       *[other] { $epochs } epochs
    }: training loss now { $train_loss }, test loss { $test_loss }{ $trend ->
        [falling] , still falling
        [flat] , levelled off (a plateau)
        [rising] , rising
       *[none] {""}
    }{ $correct ->
        [none] .
       *[other] , { $correct }% of test points correct.
    }

## Layers: the learning rule (under More settings)

layers-rule-label = Learning rule
# $rule is one of: backprop, feedback-alignment, direct-feedback-alignment.
layers-rule-note = { $rule ->
        [backprop] The error travels back through the transposed forward weights: every update follows the true gradient exactly (angle 0°).
        [feedback-alignment] The error travels back through a fixed random matrix B instead of the forward weights, so no copy of the weights is needed (Lillicrap et al. 2016).
       *[direct-feedback-alignment] The output error goes straight to each hidden layer through its own fixed random matrix (Nøkland 2016); with one hidden layer this is feedback alignment.
    } Changing the rule starts again from the same initial weights, so runs compare fairly.
layers-angle-readout = Angle to the gradient
layers-angle-output-label = Angle to the true gradient
layers-angle-plot-label = Angle between the update and the true gradient
# $start and $now are angles in degrees (whole numbers), $epoch the epoch of the latest one.
layers-angle-description = The angle between this rule's update to the hidden weights and the true gradient: { $start }° at the start, { $now }° at epoch { $epoch }. Below 90° the update still goes downhill.
layers-angle-none = No angle yet.
layers-feedback-note = The random feedback path needs no copy of the forward weights, but it is still a separate backward path carrying a precise error: more plausible than backpropagation, not biological.

## Layers: the plane

layers-plane-heading = The plane
layers-plane-label = Network output over the plane
# $linear is yes or no; $train and $test are counts of points, $train_correct and $test_correct whole percentages.
# $shape: where the network answers class 1, in words (core-regions-…): the shape it learned.
layers-plane-description = { $linear ->
        [yes] Linear hidden layers: the boundary is one straight line.
       *[no] { $shape }
    } Training points: { $train }, { $train_correct }% correct; test points: { $test }, { $test_correct }% correct.
layers-legend-training = training (filled)
layers-legend-test = test, held out (hollow)
layers-layer-group = Hidden layer { $layer }
layers-remove-layer = Remove layer { $layer }
layers-add-layer = Add a hidden layer
layers-features-legend = Input features
layers-data-two-classes = Two classes
layers-data-several-classes = Three or four classes
layers-data-regression = Regression: predict a value
layers-class-name = Class { $class }
layers-per-class-label = Test points each class gets right
layers-test-loss-label = Test loss
layers-train-loss-readout = Training loss
layers-train-share-label = Points trained on
layers-noise-label = Noise
layers-show-test = Show the test points
layers-discretise = Show the output in solid colours
layers-click-adds = A click on the plane adds
layers-new-value-label = A point of value
layers-csv = Your own points as CSV
layers-csv-label = One point per line: x1,x2,label; the label a class 0 to 3, or for regression a value from −1 to 1
layers-regulariser-label = Regularisation
layers-regulariser-l1 = L1 (many weights to zero)
layers-regulariser-l2 = L2 (weight decay)
layers-softmax-text = With { $classes } classes the network has one output per class, and the <strong>softmax</strong> turns their values z into probabilities that add up to 1: p<sub>k</sub> = exp(z<sub>k</sub>) / Σ<sub>j</sub> exp(z<sub>j</sub>). The plane shows the most probable class, paler where the network is less sure. Training minimises the cross-entropy, −ln p of the true class. With two classes this is the sigmoid output you started with: the softmax of (z, 0) is the sigmoid of z for one class and 1 minus it for the other.
layers-plane-class-regions = Class { $class }: { $regions } ({ $share }% of the plane).
layers-plane-nowhere = nowhere
layers-plane-values = It predicts values from { $low } to { $high }, above 0 in { $regions }.
layers-plane-regression-description = { $shape } Training points: { $train }, loss { $train_loss }; test points: { $test }, loss { $test_loss }.
layers-inhibitory-unit-button = Unit { $name } (inhibitory): show its output and edit its weights
layers-legend-inhibitory = double ring: inhibitory unit
layers-dale-title = Dale's law
layers-dale-switch = Each hidden unit excitatory or inhibitory
layers-dale-share-label = Inhibitory units
layers-dale-more = What is Dale's law, and what does it cost?
layers-dale-text = Most real neurons act the same way at all their synapses: an excitatory neuron excites every cell it reaches and an inhibitory one inhibits them (Dale's principle, as Eccles named it in 1954; some neurons release two transmitters and break it). About 20% of cortical neurons are inhibitory (Markram et al. 2004, Nat Rev Neurosci 5:793). An artificial unit's outgoing weights may have any signs. With the switch on, each hidden unit's outgoing weights keep one sign (blue for excitatory, vermillion for inhibitory): a weight that training would push across zero stops at zero. Networks constrained this simply learn less well than free ones; Cornford et al. (2021, "Learning to live with Dale's principle", ICLR) found that adding separate inhibitory units wired like cortical interneurons brings them back to the free networks' level.
layers-dale-compare-button = Compare: train with and without the law ({ $epochs } epochs each)
layers-dale-compared = After { $epochs } epochs from the same start: without Dale's law { $free }, with it ({ $share }% inhibitory) { $bound }.
layers-dale-loss = test loss { $loss }

## Dendrite: one neuron that computes XOR

dendrite-title = One neuron that computes XOR
dendrite-lede = A model of a human cortical dendrite whose calcium spike weakens as its input grows: two inputs that each fire the neuron alone fail to fire it together.
dendrite-kind-label = Dendrite
dendrite-strength-label = Strength s (nA)
dendrite-theta-label = Threshold θ (nA)
dendrite-tau-label = Decay τ (nA)
dendrite-run-title = Dendrite and soma
dendrite-run-plot-label = Dendrite and soma traces
# $x1 and $x2 are 0 or 1; $input in nA, $amplitude in mV; $fires is yes or no, $time in ms (when it fires).
dendrite-run-description = Inputs x₁ = { $x1 }, x₂ = { $x2 }: the dendrite receives { $input } nA and its calcium spike peaks { $amplitude } mV above rest; { $fires ->
        [yes] the soma fires at { $time } ms
       *[no] the soma stays below its threshold and does not fire
    }.
dendrite-curve-title = The dendrite's activation function
dendrite-curve-plot-label = dCaAP amplitude against input
# $kind is dcaap or monotonic; $theta, $one_input and $both_input in nA; $max, $one_amplitude,
# $both_amplitude and $firing in mV.
dendrite-curve-description = { $kind ->
        [dcaap] The dCaAP is zero below the threshold θ = { $theta } nA, jumps to its largest, { $max } mV, at θ, and then shrinks as the input grows: unlike sigmoid and ReLU, which only rise, this activation falls again.
       *[monotonic] The monotonic dendrite rises steeply around θ = { $theta } nA and stays at its largest, { $max } mV, for every stronger input, like a sigmoid.
    } One input ({ $one_input } nA) gives { $one_amplitude } mV and both ({ $both_input } nA) give { $both_amplitude } mV; the soma fires above { $firing } mV.
dendrite-model-text = The model: no calcium spike below the dendritic threshold θ; at or above it a spike of amplitude A(I) = A_max · e^(−(I − θ)/τ), with a fixed time course of a few tens of milliseconds, which drives an integrate-and-fire soma through a coupling current. Each active input brings the same current s, so the dendrite receives 0, s or 2s. Raise τ, or weaken the inputs until both together still sit near the threshold, and XOR turns into OR; weaken them below θ and it becomes AND. Switch to the monotonic dendrite: whatever you set, only AND or OR appear.
dendrite-source-text = The source: Gidon et al. 2020 (Science 367:83) recorded these graded calcium spikes (dCaAPs) in slices of human cortex, layers 2 and 3, and showed in a model built on the measured curve that one such neuron can compute XOR. That XOR was shown in the model, not recorded as XOR in a living brain. Earlier, Poirazi, Brannon & Mel (2003, Neuron 37:989) had shown in a detailed model of a pyramidal neuron that its dendrites act like a two-layer network of their own. The parameters here are illustrative, chosen to show the effect, not fitted to a particular cell.

## Dendrite: the truth table

dendrite-table-caption = Truth table from the simulation: pick a row to see its run
dendrite-amplitude-column = dCaAP (mV)
dendrite-soma-column = soma
# Whether the soma fired for a row's inputs (the row's button).
dendrite-soma-fires = fires
dendrite-soma-silent = silent
# A row's button; $fired is yes or no, $x1 and $x2 are 0 or 1.
dendrite-row-label = { $fired ->
        [yes] { dendrite-soma-fires }
       *[no] { dendrite-soma-silent }
    }: x₁ = { $x1 }, x₂ = { $x2 }, show its traces
# $gate is the logic function's name (XOR, OR, AND…), shown in bold; $meaning one of the dendrite-gate-… sentences.
dendrite-gate-readout = This neuron computes { $gate }. { $meaning }
dendrite-gate-xor = It fires for exactly one active input: what no single artificial neuron with a rising activation can do.
dendrite-gate-or = One input is enough, and both still fire it: one artificial neuron can do this too.
dendrite-gate-and = It fires only when both inputs are active: one artificial neuron can do this too.
dendrite-gate-never = It never fires: no pattern brings the dCaAP above the soma's firing level.
dendrite-gate-always = It always fires, even with no input.
dendrite-gate-other = A function that is none of AND, OR and XOR.

## Biological neuron lab

# The three sections of the lab (section 1: the recording; 3: timing; 4: rates and plasticity).
bio-primer-title = Record a biological neuron
bio-primer-lede = A real neuron integrates current over time and, when its membrane crosses a threshold, fires a spike of nearly fixed size. Inject current, find the threshold, try two pulses close together.
bio-timing-title = Spikes happen in time
bio-timing-explain = One number against a spike train: the rate of the train rises and falls with the artificial neuron's output, but each run differs in its spike times, and a negative input cannot be a negative rate.
bio-bridge-title = Rates, and how synapses learn

## Biological neuron lab: the two neuron models and the stimulus shapes (options of menus, also put inside sentences)

bio-model-hh = Hodgkin-Huxley (squid axon)
bio-model-lif = Leaky integrate-and-fire
bio-stimulus-pulse = Single pulse
bio-stimulus-paired = Paired pulse
bio-stimulus-train = Pulse train
bio-stimulus-step = Step (constant current)

## Biological neuron lab: the anatomy drawing

bio-anatomy-title = Anatomy of a neuron
# The drawing's description, read by screen readers. $v: the membrane potential (mV);
# $spike: "travelling" while a spike runs down the axon, else "none"; $percent: how far it is.
bio-anatomy-description = Dendrites receive the inputs (the artificial inputs xᵢ) through synapses (the weights wᵢ); the cell body adds them up (the weighted sum); the axon hillock decides whether to fire (the activation function, a threshold); the axon carries the spike to the next cells (the output y). Now the membrane is at { $v } mV. { $spike ->
        [none] No spike is on its way.
       *[travelling] A spike is travelling down the axon, { $percent }% of the way.
    }
# Labels in the drawing: each part of the neuron, and under it (starting with "=") its artificial counterpart.
bio-anatomy-dendrites = dendrites & synapses
bio-anatomy-dendrites-artificial = = inputs xᵢ & weights wᵢ
bio-anatomy-soma = cell body
bio-anatomy-soma-artificial = = weighted sum Σ
bio-anatomy-hillock = axon hillock
bio-anatomy-hillock-artificial = = activation f (threshold)
bio-anatomy-axon = axon
bio-anatomy-axon-artificial = = output y

## Biological neuron lab: the stimulus and playback

bio-stimulus-title = Stimulus (current clamp)
bio-model-label = Neuron model
bio-stimulus-label = Stimulus
# $unit: the unit of current (µA/cm² or nA).
bio-amplitude-label = Amplitude ({ $unit })
bio-width-label = Pulse width (ms)
bio-interval-label = Interval (ms)
# A heading and the name of the group of playback buttons.
bio-playback = Playback
bio-play = Play
bio-back = Back 1 ms
bio-step = Step 1 ms
bio-new-sweep = New sweep
bio-time-label = Time (ms)
# The values at the playhead. $t: time (ms); $v: potential (mV); $i: current, in $unit.
bio-readout = At t = { $t } ms: V = { $v } mV, injected current { $i } { $unit }.
bio-time-spoken = { $t } ms: { $v } mV
# $unit: the unit of current (µA/cm² or nA).
bio-noise-label = Noise ({ $unit })
bio-sound = Sound: a click per spike during playback
bio-speed-label = Speed
# Playback speeds: simulated milliseconds per real second.
bio-speed-slow = Slow motion (10 ms/s)
bio-speed-normal = Normal (25 ms/s)
bio-speed-fast = Fast (100 ms/s)

## Biological neuron lab: the recording

bio-trace-title = Membrane potential
bio-trace-plot = Membrane potential trace
bio-under-the-hood = Under the hood: show the ion-channel gates (Hodgkin-Huxley)
bio-gates-plot = Ion-channel gates
# $m_peak, $h_low, $n_peak: gate values between 0 and 1.
bio-gates-description = Gates over the sweep: sodium activation m peaks at { $m_peak }, sodium inactivation h falls to { $h_low }, potassium activation n peaks at { $n_peak }.
bio-currents-plot = Ionic currents
# $inward, $outward: the largest sodium and potassium currents, in µA/cm².
bio-currents-description = Ionic currents over the sweep: the sodium current reaches { $inward } µA/cm² inward, the potassium current { $outward } µA/cm² outward.
# A heading and the plot's name.
bio-raster = Spike raster
# $sweeps: how many sweeps the raster shows; $spikes: how many spikes in all; $rate: Hz.
bio-raster-description = Raster of the last { $sweeps ->
        [one] { $sweeps } sweep
       *[other] { $sweeps } sweeps
    }: { $spikes ->
        [one] { $spikes } spike
       *[other] { $spikes } spikes
    } in all, a mean rate of { $rate } Hz.

## Biological neuron lab: the firing rate against the input current (f-I curve)

bio-fi-title = Firing rate: an activation function
bio-fi-model-label = Model
bio-fi-plot = Firing rate against input current
# $model: the model's name (bio-model-hh or bio-model-lif); $silent: the largest current that
# gives no spike (or "—"); $rate: the top rate, Hz, at current $top; $unit: µA/cm² or nA.
# $fit: "fit" when a ReLU was fitted ($onset: where it starts, $gain: Hz per $unit), else "none".
bio-fi-description = Firing rate against constant input current for the { $model } model: silent up to { $silent } { $unit }, { $rate } Hz at { $top } { $unit }.{ $shape ->
        [jump] { " " }It starts abruptly: straight from silence to { $first_rate } Hz at { $first } { $unit } (class 2 excitability, in Hodgkin's terms), a jump no ReLU can fit.
        [fit] { " " }The ReLU fit starts at { $onset } { $unit } and rises { $gain } Hz per { $unit }.
       *[none] { "" }
    }
bio-fi-note = Averaged over time, a spiking neuron's rate grows with its input and levels off (the refractory period caps it), a little like ReLU or a sigmoid. That is the sense in which an artificial neuron's output is a firing rate. The shapes differ, though: the integrate-and-fire neuron's rate rises from zero at 1.5 nA, though very steeply, while the Hodgkin-Huxley model jumps from silence straight to about 50 Hz near 6.3 µA/cm² (class 2 in Hodgkin's terms; the squid axon at 6.3 °C), so no ReLU fits it well. And the real output is still a train of all-or-nothing spikes in time; the number is an average the artificial neuron skips.

## Biological neuron lab: spike-timing-dependent plasticity (STDP)

bio-stdp-title = How a real synapse learns
bio-stdp-plot = Spike-timing-dependent plasticity window
bio-stdp-description = The STDP window: weight change against the delay from the presynaptic to the postsynaptic spike. Positive delays strengthen, negative ones weaken, fading with a 20 ms time constant; the ring is the chosen delay.
bio-stdp-delay-label = Delay, pre to post (ms)
# $delay: ms between the two spikes; $change: the weight change per pairing.
bio-stdp-potentiation = Pre fires { $delay } ms before post: the synapse strengthens by { $change } per pairing (potentiation).
bio-stdp-depression = Pre fires { $delay } ms after post: the synapse weakens by { $change } per pairing (depression).
bio-stdp-simultaneous = Simultaneous spikes: no change.
# The name of the group of two buttons below.
bio-stdp-repeat = Repeat the pairing
bio-stdp-pair-more = { $n ->
        [one] Pair { $n } more time
       *[other] Pair { $n } more times
    }
bio-stdp-start-again = Start again
bio-stdp-weights-plot = Weight after repeated pairings and gradient steps
# $n: pairings (and gradient steps) so far; $delay: ms; $weight: the synapse's weight now,
# $start: its weight at first; $artificial: the artificial neuron's weight now.
bio-stdp-trajectory = After { $n ->
        [one] { $n } pairing
       *[other] { $n } pairings
    } at { $delay } ms the synapse's weight is { $weight } (from { $start }); after { $n ->
        [one] { $n } gradient step
       *[other] { $n } gradient steps
    } towards output 1 the artificial weight is { $artificial }.
# A table comparing the two ways of learning, row by row.
bio-compare-caption = Spike-timing-dependent plasticity and gradient descent
bio-compare-aspect = Aspect
bio-compare-stdp = STDP (synapse)
bio-compare-gradient = Gradient descent (artificial)
bio-compare-signal = Signal used
bio-compare-signal-stdp = The timing of two spikes at this synapse
bio-compare-signal-gradient = The error of the whole network's output
bio-compare-reach = Reach
bio-compare-reach-stdp = Local: the two spike times at this synapse (in brains, often gated by a neuromodulator: a third factor)
bio-compare-reach-gradient = Global: the error is sent back through every layer
bio-compare-follows = What it follows
bio-compare-follows-stdp = Causality in time: did this input help cause the spike?
bio-compare-follows-gradient = The slope of a loss: which way reduces the error?
bio-compare-backward = Backward pass
bio-compare-backward-stdp = None: no error is sent back (the output spike itself travels back into the dendrites)
bio-compare-backward-gradient = Backpropagation, with precise gradients

## Biological neuron lab: two inputs in time (coincidence)

bio-coincidence-title = Timing matters
bio-coincidence-note = Two excitatory inputs reach an integrate-and-fire neuron. At the default strength each alone is too weak to fire it. Slide them apart in time.
bio-coincidence-delay-label = Delay between the inputs (ms)
bio-coincidence-strength-label = Strength of each input (nA)
bio-coincidence-plot = Two-input timing trace
# $w: each weight; $b: the bias; $z: the weighted sum; $y: the output (0 or 1);
# $state: "fires" or "silent".
bio-coincidence-artificial = Artificial step neuron, x₁ = x₂ = 1, w₁ = w₂ = { $w }, b = { $b }: z = { $z } → output { $y } ({ $state ->
        [fires] fires
       *[silent] silent
    }), at this and every other delay.

## Biological neuron lab: the same inputs into both neurons

bio-same-title = Same inputs, two neurons
# $rate: the spike rate, Hz, of an input of 1; $charge: the current, nA, of a spike through a weight of 1.
bio-same-note = The explorer's neuron above, both ways. Each input xᵢ becomes a random (Poisson) spike train at xᵢ × { $rate } Hz; each weight wᵢ the current each of its spikes injects (wᵢ × { $charge } nA, negative: inhibitory); the bias a constant current. Change the explorer and watch both answers.
bio-same-artificial = Artificial neuron
bio-same-artificial-output = Artificial neuron output
bio-same-lif = Integrate-and-fire neuron
bio-same-biological-output = Biological neuron output
# $n: spikes of the integrate-and-fire neuron in $ms milliseconds; $hz: its rate.
bio-same-rate = { $n ->
        [one] { $n } spike
       *[other] { $n } spikes
    } in { $ms } ms: { $hz } Hz
bio-same-plot = Input and output spike trains
# The rows of the plot: input number $i, and the neuron's output.
bio-train-input = input x{ $i }
bio-train-output = output
# One input's train, for the list in bio-same-description. $i: the input's number; $n: its spikes.
bio-same-input-train = input x{ $i } fires { $n ->
        [one] { $n } spike
       *[other] { $n } spikes
    }
# Between two items of that list.
bio-list-separator = { ", " }
# $ms: the duration; $inputs: the list of the inputs' trains; $n: the output's spikes; $hz: its rate.
bio-same-description = Spike trains over { $ms } ms: { $inputs }; the integrate-and-fire neuron answers with { $n ->
        [one] { $n } spike
       *[other] { $n } spikes
    } ({ $hz } Hz).
bio-same-new-trains = New random spike trains
## Learn: challenges, predictions and progress

## Challenges: the cards under each widget

challenge-list-title = Challenges
challenge-hint = Hint
# After a challenge's title, for screen readers only (shown in brackets).
challenge-state-solved = (solved)
challenge-state-open = (not solved yet)
# The NAND challenge's truth table.
challenge-nand-table-caption = The neuron's output for each pair of inputs (first two weights and the bias)
challenge-nand-table-output = output
challenge-nand-table-nand = NAND

## Challenges: the "how close you are" line under each card

challenge-goal-reached = Goal reached.
# $n: how many rows of the truth table, or data points, are still wrong.
challenge-rows-wrong = { $n ->
        [one] One row or point is still wrong.
       *[other] { $n } rows or points are still wrong.
    }
# $points: how many percentage points the test accuracy lacks (a whole number).
challenge-accuracy-short = Test accuracy is { $points } points short of 90%.

## Challenge: find the threshold

challenge-threshold-title = Find the threshold
challenge-threshold-goal = With the Hodgkin-Huxley model, one 1 ms pulse and no noise, leave the amplitude at the smallest value that still fires a spike.
challenge-threshold-hint = Lower the amplitude one step at a time (the arrow keys move it by 0.5). The spike keeps its height until, all at once, there is none: the last value with a spike is the answer.
challenge-threshold-setup = Set up: Hodgkin-Huxley, a single pulse 1 ms wide, noise 0.
challenge-threshold-below = No spike: this pulse is below the threshold.
challenge-threshold-far = It fires, far above the threshold.
challenge-threshold-close = It fires, close to the threshold: a little lower.

## Challenge: find the refractory period

challenge-refractory-title = Find the refractory period
challenge-refractory-goal = With the Hodgkin-Huxley model, a paired pulse and no noise, set the shortest interval that still gives a second spike (to within 1 ms).
challenge-refractory-hint = Start from 20 ms and shorten the interval. When the second spike disappears, go back up one step at a time.
challenge-refractory-setup = Set up: Hodgkin-Huxley, a paired pulse, noise 0, and an amplitude that fires.
challenge-refractory-below = One spike only: the second pulse comes too soon.
challenge-refractory-far = Two spikes, with time to spare: shorten the interval.
challenge-refractory-close = Two spikes, close to the limit: a little shorter.

## Challenge: fire at 50 Hz

challenge-fire-50-title = Fire at 50 Hz
challenge-fire-50-goal = Make the integrate-and-fire neuron fire at 50 ± 2 spikes per second under a step current, with no noise.
challenge-fire-50-hint = Just above 1.5 nA (where the neuron starts firing) the rate climbs steeply, faster than the slider's 0.5 nA steps: type an amplitude between two steps into the number box.
challenge-fire-50-setup = Set up: integrate-and-fire, a step current, noise 0.
challenge-fire-50-far-fast = Far too fast: lower the current.
challenge-fire-50-fast = A little too fast.
challenge-fire-50-far-slow = Far too slow: raise the current.
challenge-fire-50-slow = A little too slow.

## Challenge: hit 0.25

challenge-target-output-title = Hit 0.25
challenge-target-output-goal = With the sigmoid and the worked example's inputs (0.5, 0.3, 0.8), make the output 0.25 (± 0.005) by changing only the weights and the bias.
challenge-target-output-hint = σ(z) = 0.25 when z = ln(0.25 / 0.75) ≈ −1.10. Work out which bias makes w · x + b equal that.
challenge-target-output-setup = Set up: the sigmoid, with the worked example's inputs.
challenge-target-output-far = The output is far from 0.25.
challenge-target-output-high = Close, a little too high.
challenge-target-output-low = Close, a little too low.

## Challenge: NAND

challenge-nand-title = Make the neuron compute NAND
challenge-nand-goal = With the step function and two inputs, choose weights and a bias so the output is 1 unless both inputs are 1.
challenge-nand-hint = The bias alone decides the output for inputs (0, 0): make it positive. Then each weight must be negative, and both together must outweigh the bias.
challenge-nand-setup = Set up: the step function and exactly two inputs.

## Challenge: AND by hand

challenge-and-by-hand-title = Separate AND by hand
challenge-and-by-hand-goal = On the AND data, get all four points right by dragging the line or the weights, without training.
challenge-and-by-hand-hint = Only (1, 1) is in the class. Drag the line so it cuts the corner off (1, 1), leaving the other three points on the other side.
# "Reset weights" is the name of the boundary widget's button.
challenge-and-by-hand-setup = Set up: the AND data, no product input, and no training since (Reset weights clears it).

## Challenge: XOR with one neuron

challenge-xor-one-neuron-title = One neuron, XOR
challenge-xor-one-neuron-goal = Get all four XOR points right with this one neuron.
challenge-xor-one-neuron-hint = No straight line in (x₁, x₂) does it. Give the neuron the extra input x₁·x₂ (the box under the data), then train, or set the weights by hand.
challenge-xor-one-neuron-setup = Set up: the XOR data.

## Challenge: blow it up

challenge-blow-up-title = Blow it up, then recover
challenge-blow-up-goal = Make a training run diverge, so the page catches it, then put the weights back.
# "More settings" is the name of the boundary widget's folded settings.
challenge-blow-up-hint = Choose gradient descent with squared error and the largest learning rate, and under More settings the linear activation; then train. When the page says the weights blew up, use its button to go back.
challenge-blow-up-setup = Make a training run diverge first.
challenge-blow-up-caught = Caught: now put the weights back.

## Challenge: the smallest network

challenge-small-network-title = Smallest network
challenge-small-network-goal = Reach at least 90% test accuracy on the circle with no more than 3 hidden units in all, trained by backpropagation.
challenge-small-network-hint = One hidden layer of three tanh units can draw a triangle around the inner ring. Choose one layer, three units, and raise the learning rate to 0.3, then train.
challenge-small-network-setup = Set up: the circle, backpropagation, and at most 3 hidden units in all.

## Challenge: learn without backpropagation

challenge-no-backprop-title = Learn without backpropagation
challenge-no-backprop-goal = Reach at least 90% test accuracy on the circle with feedback alignment or direct feedback alignment.
challenge-no-backprop-hint = Choose the learning rule under More settings and train the default network; at the default learning rate it is slow, so raise it to 0.3.
challenge-no-backprop-setup = Set up: the circle and a learning rule other than backpropagation.

## Challenge: weaken the synapse

challenge-weaken-synapse-title = Weaken the synapse
challenge-weaken-synapse-goal = Repeat pairings until the synaptic weight falls below 0.30.
challenge-weaken-synapse-hint = Only one order of the two spikes weakens a synapse: make the presynaptic spike come after the postsynaptic one (a negative Δt), then pair.
challenge-weaken-synapse-setup = Pair the spikes to change the weight.
challenge-weaken-synapse-far = The weight is still far above 0.30.
challenge-weaken-synapse-close = Getting close to 0.30.

## Challenge: turn the dendrite's XOR into AND

challenge-dendrite-and-title = Turn XOR into AND
challenge-dendrite-and-goal = Change the dendrite so the neuron fires only when both inputs are active.
challenge-dendrite-and-hint = With weaker inputs, one input alone no longer reaches the dendrite's threshold, but two together do. Lower the strength s.
challenge-dendrite-and-setup = Change the dendrite's settings.

## Challenge: just in time

challenge-just-in-time-title = Just in time
challenge-just-in-time-goal = Set the longest delay between the two inputs that still fires the neuron (to within 1 ms).
challenge-just-in-time-hint = Lengthen the delay until the spike disappears, then come back one step. Each input's effect leaks away with the membrane's 10 ms time constant.
challenge-just-in-time-setup = At this strength even the longest delay fires (or none does): change the strength.
challenge-just-in-time-below = No spike: the inputs are too far apart.
challenge-just-in-time-far = It fires, with time to spare: a longer delay.
challenge-just-in-time-close = It fires, close to the limit: a little longer.

## Predictions: the frame around each

# The legend of a prediction: $question is one of the predict-*-question messages.
predict-legend = <strong>Predict, then run it.</strong> { $question }
predict-run = Run it
# $choice: the option the learner chose; $explanation: one of the predict-*-explanation messages.
predict-verdict-right = You predicted “{ $choice }”, and that is what happened. { $explanation }
# $choice: the option the learner chose; $happened: the option that matches what the model did;
# $explanation: one of the predict-*-explanation messages.
predict-verdict-wrong = You predicted “{ $choice }”; what happened is “{ $happened }”. { $explanation }

## Prediction: a stronger pulse and the spike's height

predict-spike-height-question = A 1 ms pulse of 10 µA/cm² fires one spike. Double the pulse to 20 µA/cm²: what happens to the spike?
predict-spike-height-taller = It is about twice as tall
predict-spike-height-same = It is about the same height
predict-spike-height-none = There is no spike
# $weak, $strong: the spikes' peaks (mV) after the two pulses; $apart: their difference (mV);
# $both_spiked is "yes" when both pulses fired a spike, then $sooner is how much sooner (ms) the
# stronger pulse's spike started.
predict-spike-height-explanation = In the model, the spike after a 10 µA/cm² pulse peaked at { $weak } mV, after a 20 µA/cm² pulse at { $strong } mV: { $apart } mV apart.{ $both_spiked ->
        [yes] { " " }The stronger pulse only made it start { $sooner } ms sooner.
       *[no] {""}
    } Past the threshold the sodium channels' positive feedback runs the spike to its own size: all or nothing. The recording now shows the 20 µA/cm² pulse.

## Prediction: doubling the weights and the bias

predict-doubling-question = With the worked example and the sigmoid, double every weight and the bias. What does the output do?
predict-doubling-doubles = It doubles
predict-doubling-less = It rises, but less than double
predict-doubling-falls = It falls
# $z1, $z2: the weighted sum before and after doubling; $y1, $y2: the outputs.
predict-doubling-explanation = z went from { $z1 } to { $z2 }, exactly double, but the output only from { $y1 } to { $y2 }. The sigmoid squashes: the nearer the output is to 1, the less a larger z can add. The explorer now shows the doubled weights.

## Prediction: one neuron and XOR

predict-xor-question = Give one neuron the XOR data and let it train as long as it likes. Will it get every point right?
predict-xor-yes = Yes, given enough epochs
predict-xor-no = No, some point always stays wrong
predict-xor-rate = Only with a higher learning rate
# $epochs: how many epochs it trained; $best: the most points it got right; $total: the points.
predict-xor-explanation = The neuron trained for { $epochs ->
        [one] { $epochs } epoch
       *[other] { $epochs } epochs
    }, until its loss stopped improving; at its best it had { $best } of { $total } points right. One neuron draws one straight line, and no straight line puts the XOR corners (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on the other. Training longer, or faster, cannot change that; the challenge below shows what can.

## Prediction: Dale's law on the default network

predict-dale-question = The default network (4 and 2 tanh units), trained on the circle for 300 epochs at learning rate 0.3, learns it. Switch on Dale's law (20% of each layer's units inhibitory, the rest excitatory) and train the same network from the same start. What happens?
predict-dale-as-well = It learns the circle just as well
predict-dale-less-well = It learns, but less well
predict-dale-not-at-all = It cannot learn the circle at all
predict-dale-explanation = After { $epochs } epochs from the same start the free network reached { $free }% test accuracy and the one under Dale's law { $bound }%. Each weight the law holds stops at zero instead of changing sign, so the network has fewer ways to move and can settle on a worse boundary; here the first layer's one inhibitory unit and the second layer's two excitatory ones must shape the output between them. The constraint costs something but does not stop learning, as Cornford et al. (2021) found for such networks. The layers widget now shows the network under the law: try more units, or press Compare.

## Prediction: eight linear hidden units

predict-linear-question = One hidden layer of eight units, every activation linear, trained on the circle. How well will it do?
predict-linear-plenty = Well: eight units are plenty
predict-linear-line = No better than one straight line
predict-linear-second-layer = Well, but only with a second layer
# $accuracy: the test accuracy in percent; $points: how many test points it is measured on.
predict-linear-explanation = After 300 epochs the eight linear units reached { $accuracy }% test accuracy on the circle, where a coin toss scores about 50%. Their layers multiply out into one linear map, so the boundary is one straight line, however many units there are. Any line cuts through both the disc and the ring around it, so no line does much better than chance here; and the line training finds makes the squared error small, not the number of mistakes, so on { $points } test points its accuracy lands anywhere near 50%, below it as well as above. The layers widget now shows this network: switch the activation back to tanh and train again.

## Prediction: two inputs, 2 ms or 30 ms apart

predict-timing-question = The same two inputs reach the biological neuron 2 ms apart, then 30 ms apart. Which fires it, and does the artificial neuron's answer change?
predict-timing-both = Both fire it; the artificial answer stays the same
predict-timing-close = Only 2 ms apart fires it; the artificial answer stays the same
predict-timing-apart = Only 30 ms apart fires it; the artificial answer changes
predict-timing-neither = Neither fires it
# $strength: each input's current (nA); $close and $apart are "fired" or "silent" (the neuron with
# the inputs 2 ms and 30 ms apart); $close_peak, $apart_peak: the membrane's peak (mV) in each case.
predict-timing-explanation = At { $strength } nA each, the neuron { $close ->
        [fired] reached the −50 mV threshold and fired
       *[silent] stayed silent (its membrane peaked at { $close_peak } mV, below the −50 mV threshold)
    } with the inputs 2 ms apart, and { $apart ->
        [fired] reached the −50 mV threshold and fired
       *[silent] stayed silent (its membrane peaked at { $apart_peak } mV, below the −50 mV threshold)
    } with them 30 ms apart: the first input's effect leaks away (a 10 ms membrane time constant) before the second arrives. The artificial neuron's f(w · x + b) has no time in it: the same output at both delays. The widget now shows the 30 ms case.

## Prediction: both inputs into the dendrite

predict-dendrite-question = One active input fires this neuron. Make both inputs active, twice the current into the dendrite: what does its calcium spike do?
predict-dendrite-grows = It grows: more input, a bigger dendritic spike
predict-dendrite-shrinks = It shrinks, and the soma stays silent
predict-dendrite-same = It stays the same size
# $one_input, $both_input: the current into the dendrite (nA) with one and with both inputs;
# $one_spike, $both_spike: the calcium spike's size (mV); $one_soma, $both_soma are "fires" or
# "silent".
predict-dendrite-explanation = With the default dendrite, one input ({ $one_input } nA) gives a calcium spike of { $one_spike } mV and the soma { $one_soma ->
        [fires] fires
       *[silent] stays silent
    }; both inputs ({ $both_input } nA) give { $both_spike } mV and the soma { $both_soma ->
        [fires] fires
       *[silent] stays silent
    }. This dendrite's spike is strongest just above its threshold and weaker for stronger input, so the neuron answers XOR. The widget now shows both inputs active.

## Prediction: Rosenblatt's perceptron on OR

predict-perceptron-question = Rosenblatt's perceptron was a threshold unit that learned from its mistakes. Give one the OR data: will it learn it?
predict-perceptron-few = Yes, in a few epochs
predict-perceptron-cannot = No: a threshold unit has no slope to follow, so it cannot learn
predict-perceptron-thousands = Only if it is given thousands of epochs
# $epochs: how many epochs it ran; $correct of $total: the points it got right; $learned is "yes"
# when it got them all and stopped, else "no".
predict-perceptron-explanation = The perceptron rule (Rosenblatt 1958) moved a threshold unit's line after each mistake; after { $epochs ->
        [one] { $epochs } epoch
       *[other] { $epochs } epochs
    } it had { $correct } of { $total } OR points { $learned ->
        [yes] right and stopped
       *[no] right
    }. For data one line can separate, the rule is proven to find such a line in a finite number of steps (the perceptron convergence theorem; Novikoff 1962); XOR is not such data. The boundary widget in section 3 now shows this run.

## Prediction: the same input twice

predict-repeat-question = Give the explorer's neuron and a spiking neuron the same input twice. Does each answer the same both times?
predict-repeat-same = Both answer exactly the same both times
predict-repeat-timing = The artificial one repeats itself exactly; the spiking one fires differently each time
predict-repeat-vary = Both vary from run to run
# One run's first spikes, put into predict-repeat-explanation as $first_spikes and $second_spikes.
# $count: how many spike times are given (at most 3); $t1, $t2, $t3: the times (ms).
predict-repeat-spike-times = { $count ->
        [0] no spikes
        [1] first spikes at { $t1 } ms
        [2] first spikes at { $t1 }, { $t2 } ms
       *[other] first spikes at { $t1 }, { $t2 }, { $t3 } ms
    }
# $output: the artificial neuron's output; $first_rate, $second_rate: the spiking neuron's rates
# (Hz); $first_spikes, $second_spikes: predict-repeat-spike-times for each run.
predict-repeat-explanation = The artificial neuron gave { $output } both times. Driven by the same inputs as random (Poisson) spike trains, the integrate-and-fire neuron fired at { $first_rate } Hz, then at { $second_rate } Hz, with { $first_spikes } the first time and { $second_spikes } the second. A spike train's rate carries the input roughly, and its exact timing differs every time.

## Progress: the panel, its announcements, and the progress code

# The panel's one-line summary. $challenges is "on" or "off" (whether the page shows
# challenges); $n: challenges solved; $total: challenges in all; $quiz says which
# concept-check scores there are: "none", "before", "after" or "both"; $before, $after: those
# scores out of 10.
progress-summary = Your progress{ $challenges ->
        [on] : { $n } of { $total } challenges
       *[off] {""}
    }{ $quiz ->
        [before] , concept check before { $before }/10
        [after] , after { $after }/10
        [both] , concept check before { $before }/10, after { $after }/10
       *[none] {""}
    }
# The lesson's sections, as the panel lists them.
progress-section-biological = 1. The biological neuron
progress-section-artificial = 2. The artificial neuron
progress-section-holds = 3. Where the analogy holds
progress-section-breaks = 4. Where it breaks down
# $section: one of the progress-section-* messages; $solved of $total challenges in it.
progress-section-count = { $section }: { $solved } of { $total }
progress-kept = Kept in this browser for your next visit.
progress-not-kept = This browser does not let the page keep your progress (a private window, or an embedded page with storage blocked): it lasts for this visit only. Copy your progress code to keep it.
# Followed by the code itself.
progress-code-label = Your progress code, to hand in:
progress-code-name = Progress code
progress-reset-button = Reset my progress
progress-copy-code = Copy the progress code
progress-reset-confirm = Forget every challenge solved and both concept-check scores? This cannot be undone.
progress-reset-yes = Yes, forget them
progress-reset-cancel = Keep my progress
# Announced to screen readers. $title: the challenge's title.
progress-solved-announcement = Challenge solved: { $title }. It is marked in your progress.
progress-reset-announcement = Your progress was reset.
## Quiz
## The concept check: ten multiple-choice questions, taken before the lesson (only the score
## is shown) and after it (each answer explained, with a link to the part of the page that
## shows it). Every wrong option is a common misconception, so translate it as a plausible
## answer, not an obviously silly one.

# A question's legend: $n is its number (1-10), $prompt its text.
quiz-question-legend = { $n }. { $prompt }
quiz-legend-before = (before the lesson)
# Shown under each answered question once the answers are checked.
quiz-right = Right.
quiz-not-quite = Not quite.
# After the lesson, under each question. $mark: quiz-right or quiz-not-quite; $answer: the
# right option's text; $explanation: the question's explanation; $target: the id of the part
# of the page that shows it (keep "#{ $target }" as it is); $section: that part's title.
quiz-feedback-after = <strong>{ $mark }</strong> The answer: “{ $answer }”. { $explanation } <a href="#{ $target }">See it: { $section }</a>
quiz-check-button = Check my answers
quiz-restart-button = Start again
# The result, announced when the answers are checked. The sentences below follow it, each
# after a space. $n: the right answers, of $total questions.
quiz-score = You scored { $n } of { $total }.
# $n: how many questions were not answered.
quiz-unanswered = { $n ->
        [one] { $n } left unanswered counts as wrong.
       *[other] { $n } left unanswered count as wrong.
    }
# After quiz-score in the check before the lesson.
quiz-explained-after = The answers are explained in the check after the lesson.
# After quiz-score in the check after the lesson, if the one before was taken. $before: that
# score; $change: the difference, with its sign (+7, -2, +0).
quiz-score-before = Before the lesson you scored { $before }: a change of { $change }.

## Question 1 (The mapping of parts). The right option is b.

quiz-q1-text = An artificial neuron computes y = f(w · x + b). Which pairing with the biological neuron does the analogy make?
quiz-q1-a = The weights w ↔ the axon, which carries signals between cells
quiz-q1-b = The weighted sum plus bias ↔ the cell body adding up its inputs
quiz-q1-c = The activation function f ↔ the synapses, which let signals through or not
quiz-q1-d = The output y ↔ the dendrites, where the signal leaves the cell
quiz-q1-explain = The inputs x stand for the signals arriving at the dendrites, the weights w for the strengths of the synapses, w · x + b for the cell body adding up its inputs, the activation f for the decision to fire at the start of the axon (the axon hillock and initial segment), and y for the signal sent along the axon (Purves et al., Neuroscience). The weights belong to the synapses, not to the axon, which carries the neuron's one output on to other cells. The activation is the firing decision, not the synapse, and dendrites receive signals rather than send them.
# The link to the part of the page that shows it: that part's title.
quiz-q1-see = Build an artificial neuron

## Question 2 (All-or-nothing spikes vs continuous activations). The right option is d.

quiz-q2-text = A steady current makes the Hodgkin-Huxley neuron on this page fire a train of spikes. You raise the current a little. What changes?
quiz-q2-a = Each spike grows taller, in step with the current
quiz-q2-b = Nothing: once a neuron fires, a stronger input adds nothing
quiz-q2-c = The output becomes a smooth voltage that rises with the current, like a sigmoid
quiz-q2-d = Spikes come sooner and more often; each stays about the same size, or gets a little smaller
quiz-q2-explain = Once threshold is crossed, a spike's size is set by the membrane's sodium and potassium channels, not by the stimulus: the spike that starts at the axon's initial segment is all-or-nothing (Hodgkin & Huxley 1952, J Physiol 117:500). A stronger input shows as spikes that come sooner and more often, so intensity is carried by rate and timing, not by height; at strong currents this model's spikes even shrink, and stronger still, beyond the lab's slider, it stops spiking altogether (depolarisation block). Nor does its rate rise smoothly from zero: the Hodgkin-Huxley model is class 2 (Hodgkin 1948, J Physiol 107:165), so steady firing starts abruptly, at about 50 Hz, near 6.3 µA/cm² (the squid axon at 6.3 °C). The neuron's output stays a train of spikes; the smooth, continuous number is the artificial neuron's way, which the page's firing-rate curve only approximates by averaging.
# The link to the part of the page that shows it: that part's title.
quiz-q2-see = Record a biological neuron

## Question 3 (Linear collapse). The right option is a.

quiz-q3-text = Every hidden layer of a network uses the linear activation f(z) = z. What happens to its decision boundary as you add layers?
quiz-q3-a = It stays one straight line: the layers multiply out into one linear map
quiz-q3-b = It bends more with each added layer, since depth adds power
quiz-q3-c = It stays straight at first, but bends if you train long enough
quiz-q3-d = It bends once each layer has enough units
quiz-q3-explain = With f(z) = z each layer computes W·a + b, and a chain of such maps multiplies out into a single map of the same form, so any number of linear layers, of any width, equals one layer and draws one straight boundary. No setting of the weights gives a curve, so training longer cannot help either. A nonlinearity between the layers (tanh, ReLU, a threshold) is what lets the boundary bend and makes depth worth having.
# The link to the part of the page that shows it: that part's title.
quiz-q3-see = Stack neurons in layers

## Question 4 (What learns: synaptic strengths and weights; STDP is local and timing-based). The right option is c.

quiz-q4-text = Brains and networks both learn by changing connection strengths. In the STDP rule on this page, what decides whether a synapse strengthens or weakens?
quiz-q4-a = The network's output error, sent back to the synapse
quiz-q4-b = The height of the presynaptic spikes: bigger spikes strengthen it
quiz-q4-c = Whether the input spike came just before or just after the output spike
quiz-q4-d = Nothing: a synapse's strength is fixed; only whole neurons learn
quiz-q4-explain = In pair-based spike-timing-dependent plasticity, an input spike shortly before the neuron's own spike strengthens the synapse and one shortly after weakens it, within a window of a few tens of milliseconds (Bi & Poo 1998, J Neurosci 18:10464). The rule needs only the two spike times at that one synapse: no error from the output reaches it, which is the contrast with gradient descent on a network's weights. In brains many such changes also need a third factor, a neuromodulator such as dopamine that signals reward or surprise to many synapses at once (Gerstner et al. 2018, Front Neural Circuits 12:53), but that is not an error for each synapse. The rule uses no spike heights at all, and synapses are one of the main places where learning happens.
# The link to the part of the page that shows it: that part's title.
quiz-q4-see = Rates, and how synapses learn

## Question 5 (Backpropagation's missing counterpart). The right option is b.

quiz-q5-text = Why is backpropagation hard to match to anything known in the brain?
quiz-q5-a = It isn't: the brain is known to learn by backpropagation
quiz-q5-b = It sends errors back through the forward weights; no known mechanism copies them into a backward path
quiz-q5-c = The brain has no connections running backwards, from later areas to earlier ones
quiz-q5-d = Feedback alignment proved that brains learn with fixed random feedback instead
quiz-q5-explain = Backpropagation sends each layer's error back through the transposes of the forward weights, so a synapse would need the exact strengths of synapses downstream: the weight-transport problem (Grossberg 1987, Cognitive Science 11:23). The cortex has plenty of feedback connections, but no known mechanism copies the forward weights into them, and whether brains approximate backpropagation some other way is an open question (Lillicrap et al. 2020, Nat Rev Neurosci 21:335). Feedback alignment learns with fixed random feedback weights instead (Lillicrap et al. 2016, Nat Commun 7:13276), which is more plausible, but it still needs a separate path carrying a precise error, so it is not shown to be how brains learn.
# The link to the part of the page that shows it: that part's title.
quiz-q5-see = Learning without backpropagation

## Question 6 (Timing). The right option is c.

quiz-q6-text = On this page, two inputs reach each kind of neuron 5 ms apart, then 40 ms apart. Whose answer changes?
quiz-q6-a = Both: the artificial neuron also weighs its inputs by when they arrive
quiz-q6-b = Neither: a neuron just adds up its inputs, whenever they come
quiz-q6-c = Only the biological one: the first input's effect leaks away before the second arrives
quiz-q6-d = Only the artificial one: its weights fade between the two inputs
quiz-q6-explain = The integrate-and-fire neuron's membrane leaks back to rest (time constant 10 ms in this model), so two inputs 5 ms apart add up and cross threshold, while 40 ms apart the first has faded before the second arrives and neither alone is enough. The artificial neuron computes f(w · x + b), which has no time in it: the same two inputs give the same answer whenever they arrive, and its weights do not fade. That is why spike timing can carry information in a neuron but not in a standard artificial unit.
# The link to the part of the page that shows it: that part's title.
quiz-q6-see = Spikes happen in time

## Question 7 (One neuron and XOR). The right option is d.

quiz-q7-text = One artificial neuron on this page gets inputs x₁ and x₂. Can it learn XOR? Could a single human cortical neuron compute it?
quiz-q7-a = The artificial one can, if trained long enough; no single biological neuron can
quiz-q7-b = Neither: XOR always needs a network of several cells
quiz-q7-c = Both can, because a threshold can be set to fire for exactly one input
quiz-q7-d = The artificial one cannot; a cortical neuron with dendritic calcium spikes can, in a model built on recordings
quiz-q7-explain = With x₁ and x₂ as inputs, one artificial neuron's output crosses its class threshold along a single straight line (with every activation on this page, since each crosses the threshold only once; a unit whose activation rises and falls again, such as a Gaussian bump, could compute XOR, but none here has one), and no line puts (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on the other; training longer only stalls, with at most three of the four points right. Human cortical layer 2/3 neurons have dendritic calcium action potentials that are largest just above threshold and weaker for stronger input, and in a model built on that measured curve one neuron computes XOR (Gidon et al. 2020, Science 367:83). XOR was shown in that model, not recorded as a computation in a living brain.
# The link to the part of the page that shows it: that part's title.
quiz-q7-see = One neuron that computes XOR

## Question 8 (Scale and energy). The right option is a.

quiz-q8-text = Which comparison of a human brain with a large AI model is about right?
quiz-q8-a = About 86 billion neurons and 10¹⁴ synapses run on about 20 W; training a large model draws megawatts
quiz-q8-b = A large model has more parameters than a brain has synapses
quiz-q8-c = A brain and a chip spend about the same energy per elementary operation
quiz-q8-d = A brain draws about as much power as a large model's training cluster
quiz-q8-explain = A human brain has about 86 billion neurons (Azevedo et al. 2009, J Comp Neurol 513:532) and on the order of 10¹⁴ synapses, and it runs on about 20 W, while training a large model draws megawatts (GPT-3's training: about 1,300 MWh over 15 days, some 3.6 MW on average; Patterson et al. 2021). Even the largest published models have far fewer parameters than the brain has synapses: 175 billion for GPT-3 (Brown et al. 2020), 1.6 trillion for the sparse Switch Transformer (Fedus et al. 2022, JMLR 23:120). One synaptic event costs roughly 0.01 pJ against about 5 pJ for a 32-bit multiply-add on a 45 nm chip (Attwell & Laughlin 2001, J Cereb Blood Flow Metab 21:1133; Horowitz 2014, ISSCC), though the two are not the same kind of operation.
# The link to the part of the page that shows it: that part's title.
quiz-q8-see = Scale: brains and networks

## Question 9 (The refractory period). The right option is c.

quiz-q9-text = In the biological lab, a second 1 ms pulse of the same size, 6 ms after the first (whose spike is over), gives no spike. Why?
quiz-q9-a = The first spike used up the neuron's sodium, which must be replaced
quiz-q9-b = The sodium-potassium pump must first put back the ions the spike moved
quiz-q9-c = Its sodium channels are still inactivated and its potassium channels are open
quiz-q9-explain = Six ms after the first pulse the spike is over, but in the model most sodium channels are still inactivated (the inactivation gate h is at about a third of its resting value) and many more potassium channels are open than at rest (n⁴ about 15 times its resting value), so a second pulse of the same size cannot start the sodium influx that makes a spike: this is the refractory period (Hodgkin & Huxley 1952, J Physiol 117:500). As the channels recover, a bigger pulse can fire the neuron again (the relative refractory period); a pulse of this size needs about 14.5 ms. These are the squid axon's times at 6.3 °C: a mammalian neuron at body temperature recovers within a few ms. One spike moves only a small fraction of the cell's sodium and potassium, so nothing has run out, and the sodium-potassium pump restores the gradients slowly, over many spikes; it is not what ends the refractory period.
# The link to the part of the page that shows it: that part's title.
quiz-q9-see = Record a biological neuron

## Question 10 (Judging "works like the brain"). The right option is b.

quiz-q10-text = An advert says a new AI system "works like the brain". Which response does the lesson support?
quiz-q10-a = Accept it: a network is built of neurons, so it thinks the way brains do
quiz-q10-b = Ask which parts it shares (usually weighted sums and nonlinearity, not spikes or timing), then test it
quiz-q10-c = Dismiss it: artificial networks have nothing in common with brains
quiz-q10-d = Accept it if the network is bigger than a brain, since size makes it brain-like
quiz-q10-explain = The analogy keeps the outline: weighted inputs, a threshold-like nonlinearity, and learning by changing connection strengths. Most networks drop spikes, timing, the brain's learning rules, dendrites that compute and the brain's energy budget, so "works like the brain" is true of a few parts at most, though not of none. Neither the name nor the size says how well a system works: that has to be judged by testing it.
# The link to the part of the page that shows it: that part's title.
quiz-q10-see = Why the name persists

## Teachers
## The "For teachers" section at the end of the page. Names of challenges, controls and
## buttons quoted in these messages must read as they do in your translation of the page, and
## numbers are written here in English form: write them in your language's form.

teachers-title = For teachers
teachers-intro = This page is for you, not for your learners: the lesson plan, a worksheet and its answer key to print, every URL option, and the class view. The learners' lesson shows none of it, and links here only from its Share dialog.
teachers-open-lesson = Open the learners' lesson
teachers-print-title = Worksheet and answer key
teachers-print-text = The worksheet has every prediction with boxes to tick and lines to explain, and every challenge with lines for the settings that solved it. The answer key has what each experiment shows, a solution to each challenge and the concept check's answers. Print each on its own (or save it as a PDF from the print dialog).
teachers-print-worksheet = Print the worksheet
teachers-print-key = Print the answer key
worksheet-summary = The worksheet
worksheet-title = Worksheet: biological and artificial neurons
worksheet-name = Name:
worksheet-date = Date:
worksheet-intro = Work through the Neuron Lab lesson. Before each experiment, tick what you expect; then run it and write down what happened and why. For each challenge, write the settings that solved it.
worksheet-why = What happened, and why:
worksheet-how = The settings that solved it:
key-summary = The answer key
key-title = Answer key: biological and artificial neurons
key-predictions = Predictions: what the experiment shows
teachers-plan-caption = Lesson plan
teachers-plan-minutes-header = Minutes
teachers-plan-what-header = What happens
# A row's time span in the lesson plan, in minutes from the start.
teachers-plan-minutes = { $from }-{ $to }
teachers-plan-1 = Concept check before the lesson (optional, 10 questions; learners keep their score).
teachers-plan-2 = 1. The biological neuron: predict whether a pulse twice as strong gives a spike twice as tall; challenges Find the threshold and Find the refractory period.
teachers-plan-3 = 2. The artificial neuron: predict what doubling the weights does; challenges Hit 0.25 and NAND. Connect the bias to the threshold found before.
teachers-plan-4 = 3. Where the analogy holds: predict whether one neuron learns XOR; Separate AND by hand, One neuron XOR, then the layers: predict what eight linear units do on the circle, Smallest network.
teachers-plan-5 = 4. Where it breaks down: predict what the delay between two inputs does, and what the dendrite does with two inputs; Just in time, Turn XOR into AND. Discuss backpropagation and feedback alignment.
teachers-plan-6 = Concept check after the lesson (the gain is shown); learners hand in their progress code.
teachers-solutions-caption = Challenges and solutions
teachers-solutions-challenge-header = Challenge
teachers-solutions-goal-header = Goal
teachers-solutions-solution-header = A solution
teachers-solution-threshold = The model's threshold for a 1 ms pulse is 6.92 µA/cm²: 7.0 is the smallest slider value that fires (6.5 does not). Near the threshold the spike comes late, about 5 ms after the pulse starts (at 10 µA/cm², after 2.3 ms).
teachers-solution-refractory = At the default 10 µA/cm² a second spike needs more than 14.5 ms between the onsets (the limit is 14.53 ms): 15.0 or 15.5 ms solve it, 14.5 gives one spike. At 20 µA/cm² the limit is 10.6 ms: a stronger pulse can fire during the relative refractory period. These are the squid axon's times at 6.3 °C, the model's temperature; a mammalian neuron at body temperature recovers within a few ms.
teachers-solution-fire-50 = Integrate-and-fire, step current, noise 0: type 1.8 into the amplitude's number box (50.2 Hz). Anything from 1.77 to 1.82 nA works; the slider's 2.0 gives 63 Hz, and 1.5, the rheobase, no spikes.
teachers-solution-target-output = Keep the weights (0.4, −0.2, 0.9), so w · x = 0.86, and set the bias to −1.96: z = −1.10 and σ(z) = 0.250. (Any weights and bias with w · x + b from −1.12 to −1.08 will do.)
teachers-solution-nand = Weights −2 and −2, bias 3: z = 3, 1, 1, −1 for (0, 0), (0, 1), (1, 0), (1, 1), so the outputs are 1, 1, 1, 0.
teachers-solution-and-by-hand = Press Reset weights (or choose AND again), then set w₁ = 1, w₂ = 1 and b = −1.5 with the sliders, or drag the line across the corner between (1, 1) and the other three points.
teachers-solution-xor-one-neuron = Tick "Add the feature x₁·x₂ as a third input", then train, or set w₁ = 1, w₂ = 1, w₁₂ = −2 and b = −0.5 by hand. Without the product no setting works (the core's test searches a grid of weights).
teachers-solution-blow-up = Choose "Gradient descent, squared error" and learning rate 30, and under More settings the linear activation; then train: the page stops the run and says the weights blew up. Press "Back to the weights before this run".
teachers-solution-small-network = One hidden layer (Layers: 1) of 3 tanh units at learning rate 0.3: 90% test accuracy by about epoch 114, 100% by 200. Two units reach 90% only at learning rate 1 (the test set has 24 points); three is the intended answer.
teachers-solution-no-backprop = Under More settings choose feedback alignment, set the learning rate to 0.3 and train the default 4-2 network: 90% by about epoch 80, 96% by 300. (At the default 0.03 it takes about 1750 epochs; direct feedback alignment at 0.3 reaches 90% by about epoch 160.)
teachers-solution-weaken-synapse = Set the delay to −10 ms (the presynaptic spike 10 ms after the postsynaptic one) and press "Pair 10 more times" four times: each pairing takes 0.0064 off, so the weight is 0.309 after 30 pairings and 0.245 after 40.
teachers-solution-dendrite-and = Lower the strength s to 0.75 nA (θ stays 1 nA): one input (0.75 nA) stays below the dendritic threshold, both together (1.5 nA) cross it, and the truth table reads AND.
teachers-solution-just-in-time = At the default 9 nA the longest delay that still fires is 16.6 ms: 16.5 or 16.0 ms solve it, 17.0 does not fire. (At 8 nA the limit is 11.8 ms, at 10 nA 23.7 ms.)
teachers-answers-summary = The concept check's answers
teachers-options-summary = URL options
teachers-options-caption = Options in the page's address
teachers-options-option-header = Option
teachers-options-what-header = What it does
# The placeholders in the options ?embed=<widget>, ?hide=<groups> and ?lock=<groups>.
teachers-option-widget = widget
teachers-option-groups = groups
# What the option ?embed=<widget> does.
teachers-option-embed = Shows one widget alone, for an <iframe> in a course page.
# What the option ?hide=<groups> does.
teachers-option-hide = Hides groups of controls (comma-separated names, below).
# What the option ?lock=<groups> does.
teachers-option-lock = Shows groups of controls but locks them: no other control, edited link, settings file or course record changes what they set, and challenges and predictions that would need them are left out. Locking the boundary's weights locks its training buttons too, since training changes the weights.
# What the option ?challenges=off does.
teachers-option-challenges-off = Hides the challenge cards (the progress panel then shows only the concept check).
# What the option ?quiz=off does.
teachers-option-quiz-off = Hides both concept checks.
teachers-option-language = language
teachers-option-lang = The page's language: en, es, de or zh-CN (en-XA is a pseudo-locale for testing layouts). Without it the page follows the browser's languages; a shared link keeps it.
# What the option #v=1&… does.
teachers-option-settings = Every widget's settings; the page keeps it up to date, so any view can be shared. Use Share to build a link.
# $widgets: the widgets' names as the option ?embed= takes them, comma-separated.
teachers-embed-widgets = Widgets for embed: { $widgets }.
teachers-groups-caption = Groups of controls for hide and lock
teachers-groups-group-header = Group
teachers-groups-widget-header = Widget
teachers-groups-controls-header = Controls
teachers-events-summary = Recording completion in a course page
teachers-events-text = An embedded page sends every solved challenge and concept-check score to the page around it with postMessage; no server is needed. A listener:
# The two comments inside the example listener (JavaScript code: keep the names e.data.…,
# null, before and after as they are).
teachers-listener-comment-challenge = e.data.challenge: the id just solved, or null (a concept-check score or a reset)
teachers-listener-comment-solved = e.data.solved: every id solved; e.data.quiz: { "{" } before, after { "}" } scores out of 10, or null
teachers-decoder-title = Decode a progress code
teachers-decoder-label = A learner's progress code
teachers-decoder-button = Decode
# A decoded progress code. $solved: how many challenges it records as solved, of $total;
# $list: their titles, comma-separated; $before and $after: teachers-decoded-score or
# teachers-decoded-not-taken.
teachers-decoded = { $solved ->
        [0] Solved { $solved } of { $total } challenges.
       *[other] Solved { $solved } of { $total } challenges: { $list }.
    } Concept check before the lesson: { $before }; after: { $after }.
# Put between the titles in teachers-decoded's $list.
teachers-decoded-list-separator = { ", " }
# A concept-check score in a decoded code: $score right of $total.
teachers-decoded-score = { $score } of { $total }
teachers-decoded-not-taken = not taken
teachers-code-error-empty = Paste a progress code first.
teachers-code-error-length = That code has the wrong number of characters.
teachers-code-error-character = That code has a character progress codes never contain.
teachers-code-error-checksum = That code has a mistyped character (its check digit does not match).
teachers-code-error-version = That code comes from a different version of Neuron Lab.

## The class view (in "For teachers"): a class's progress codes read in the browser.
class-title = Class view: your class’s progress codes
class-intro = Paste your class’s progress codes, one per line or as “name, code” lines, or open a CSV file exported from your gradebook. They are read in this browser: nothing is sent anywhere.
class-codes-label = Progress codes (one per line, or “name, code”)
class-read-button = Read the codes
class-open-file = Open a CSV file
class-file-too-large = That file is larger than 2 MB: nothing was read.
# $learners: learners read; $problems: lines that could not be read.
class-summary = { $learners ->
        [one] One learner read
       *[other] { $learners } learners read
    }{ $problems ->
        [0] .
        [one] ; one line could not be read (listed below).
       *[other] ; { $problems } lines could not be read (listed below).
    }
class-problems-title = Lines not read
# $text: the line (cut short); $reason: one of the sentences below, or a progress code's error.
class-problem = Line { $line }, “{ $text }”: { $reason }
class-problem-duplicate = The same learner and code as line { $first }: counted once.
class-problem-no-code = No progress code on this line.
class-check-title = The concept check
class-check-summary = Before the lesson: { $before } right on average ({ $before_n } learners took it). After it: { $after } ({ $after_n } learners).
# ⟨g⟩ is Hake's normalised gain: the share of the possible improvement the class made.
class-gain = Normalised gain ⟨g⟩ = { $gain } over the { $both } learners with both scores (their averages: { $pre } before, { $post } after): the share of the possible improvement the class made (Hake 1998, Am. J. Phys. 66, 64).
class-gain-none = The normalised gain needs learners who took the check both before and after the lesson; { $both } did.
class-percent = { $value }%
class-none = —
class-share = { $percent } ({ $right } of { $of })
class-wrong-answer = { $option } ({ $n })
class-question = { $n }. { $prompt }
class-chart-label = The share of the class answering each question right, before the lesson and after it (the table below gives the numbers)
class-chart-before = Before
class-chart-after = After
class-questions-caption = Each question: the share right before and after the lesson, and the wrong answer picked most after it (the misconception that persists).
class-questions-note = Only this version’s codes carry the answers: { $known } of { $learners } learners’ codes do.
class-question-header = Question
class-before-header = Before
class-after-header = After
class-wrong-header = Wrong answer picked most, after
class-challenges-caption = Each challenge: how many learners solved it.
class-challenge-header = Challenge
class-solved-header = Solved
class-of = { $n } of { $total }
class-learners-caption = Each learner
class-learner-header = Learner
class-line = Line { $line }
class-score = { $score }/10
class-download = Download the table (CSV)
class-csv-name = Name
class-csv-solved = Challenges solved
class-csv-before = Concept check before (of 10)
class-csv-after = Concept check after (of 10)

## Core: the model's names, notices and descriptions (the core returns them as data; src/words
## words them)

## Activation functions

activation-step = Step (threshold)
activation-sigmoid = Sigmoid
activation-tanh = Tanh
activation-relu = ReLU
activation-leaky-relu = Leaky ReLU
activation-linear = Linear (none)
activation-softplus = Softplus
activation-gelu = GELU
activation-step-biology = Closest to a real neuron's all-or-nothing spike: it fires fully or not at all. But its slope is zero everywhere, so gradient descent cannot learn through it.
activation-sigmoid-biology = Like a neuron's firing rate: near zero for weak input, saturating at a maximum for strong input. Smooth, so it can be trained by gradient descent.
activation-tanh-biology = A sigmoid stretched to (−1, 1): it can signal 'less than usual' as well as 'more'. Real firing rates cannot go below zero.
activation-relu-biology = Silent below threshold and rising with input above it, like a firing rate that grows with current. Unlike a real neuron, it never saturates.
activation-leaky-relu-biology = ReLU with a small slope below zero, so a unit that is 'off' can still learn. A numerical trick with no biological counterpart.
activation-linear-biology = No nonlinearity: the output is just the weighted sum. Stack such neurons in layers and they collapse into one linear map.
activation-softplus-biology = A smooth ReLU. It is the shape of the firing-rate curve of some noisy model neurons near their threshold.
activation-gelu-biology = A smooth, slightly dipping ReLU used in modern language models. Chosen because it trains well, not because neurons behave this way.
# A formula in two cases, such as "H(z) = 1 if z ≥ 0, else 0". All variables are mathematics:
# $lhs the function (H(z)), $value its value when $condition holds, $otherwise the other value.
activation-formula-cases = { $lhs } = { $value } if { $condition }, else { $otherwise }
# The step's slope: "H′(z) = 0 (undefined at z = 0: no slope to follow)". $lhs, $value and $at
# are mathematics.
activation-formula-undefined-at = { $lhs } = { $value } (undefined at { $at }: no slope to follow)
# The activation plot's text alternative. $activation: the function's name (activation-…);
# $z_min, $z_max: the plotted range; $z, $output, $slope: the operating point; $flat is "yes"
# when the slope is about zero; $factor: the slope with 2 decimals.
activation-plot-description = Plot of the { $activation } activation f(z) for z from { $z_min } to { $z_max }, with its slope f′(z) dashed. Operating point: z = { $z }, output f(z) = { $output }, slope f′(z) = { $slope }. { $flat ->
        [yes] The curve is flat here: a small change of z barely changes the output.
       *[no] A small change of z here changes the output by about { $factor } times as much.
    }

## The artificial neuron

# $z and $output: numbers; $symbol: the activation's symbol (σ, tanh, ReLU…).
core-equation-spoken = Weighted sum z = { $z }. Output { $symbol } of z = { $output }.
# $n counts from 1: "input x1".
core-quantity-input = input x{ $n }
core-quantity-weight = weight w{ $n }
core-quantity-bias = bias b
# Why the neuron cannot be evaluated (shown after "This neuron cannot be evaluated:").
core-neuron-input-count = a neuron here has { $min } to { $max } inputs, not { $n }
core-neuron-input-mismatch = expected { $expected } inputs, got { $got }
# $quantity: core-quantity-input, -weight or -bias.
core-neuron-not-finite = { $quantity } is not a finite number
core-neuron-overflow = the weighted sum is too large to represent
# Why typed text was not taken as a value (a number field's hint).
core-param-empty = Type a number
core-param-not-a-number = Not a number
core-param-not-finite = Too large to use
core-param-out-of-range = Must be between { $min } and { $max }
# A value that is no number at all (NaN).
core-number-undefined = undefined
# Between the numbers of a list, such as spike times. Where the decimal sign is a comma, use
# something else, such as { "; " }.
core-list-separator = { ", " }

## Notices about a link's settings

notice-explorer-no-version = This link's format (no version) is not one this version of Neuron Lab reads, so the explorer starts from the worked example.
# $version: the text the link gives as its version.
notice-explorer-version = This link's format (version “{ $version }”) is not one this version of Neuron Lab reads, so the explorer starts from the worked example.
notice-explorer-lists = The link's inputs and weights must be two lists of the same length, { $min } to { $max } numbers; the worked example's are used instead.
# $quantity: core-quantity-input, -weight or -bias ("weight w1"); $value: the value used.
notice-explorer-out-of-range = The link's { $quantity } is outside its range; it was set to { $value }.
# $text: what the link holds instead of a number; $default: the value used.
notice-explorer-not-a-number = The link's { $quantity } (“{ $text }”) is not a number; { $default } is used.
# $id: the activation's name as the link gives it.
notice-explorer-activation = The link asks for an activation “{ $id }” that Neuron Lab does not know; sigmoid is used.
notice-boundary-unreadable = The link's decision-boundary { $field ->
        [rule] learning rule
        [activation] activation
        [product] product-feature switch
        [weights] weights
        [bias] bias
        [rate] learning rate
        [noise] noise
        [seed] seed
        [points] points
       *[data] data set
    } could not be read; the default is used.
notice-network-unreadable = The link's network { $field ->
        [seed] seed
        [architecture] architecture
        [hidden] hidden activation
        [output] output activation
        [loss] loss
        [rule] learning rule
        [rate] learning rate
        [regularisation] regularisation rate
        [batch] batch size
        [data] data set
        [noise] noise
        [regulariser] kind of regularisation
        [points] own points
        [features] input features
        [split] train/test split
        [dale] Dale's-law share
        [view] display options
       *[weights] weights
    } could not be read; the default is used.
notice-biolab-unreadable = The link's biological-neuron { $field ->
        [model] model
        [stimulus] stimulus
        [amplitude] amplitude
        [width] pulse width
        [interval] interval
        [noise] noise
       *[seed] seed
    } could not be read; the default is used.
notice-biolab-clamped = The link's { $field ->
        [amplitude] amplitude
        [width] pulse width
        [interval] interval
       *[noise] noise
    } is outside its range and was clamped.

## Data sets and learning

dataset-and = AND
dataset-or = OR
dataset-nand = NAND
dataset-xor = XOR
dataset-blobs = Two Gaussian blobs
dataset-separable = Separable, with noise
dataset-circle = Circle
dataset-spiral = Spiral
# Why CSV text could not be read. $line: the line's number; x1, x2 and label are the CSV's
# column names (keep them).
dataset-csv-value-count = Line { $line }: expected three values x1,x2,label but found { $found }
# $name: x1 or x2.
dataset-csv-not-a-number = Line { $line }: { $name } is not a number
dataset-csv-outside = Line { $line }: { $name } must be between { $min } and { $max }
dataset-csv-label = Line { $line }: the label must be 0 or 1
dataset-csv-class-or-value = Line { $line }: the label must be a class, 0 to 3, or a value from −1 to 1
dataset-blobs3 = Three blobs
dataset-spiral3 = Three-arm spiral
dataset-quadrants4 = Four quadrants
dataset-plane = Tilted plane (regression)
dataset-gaussians = Hills and valleys (regression)
dataset-csv-too-many = Line { $line }: at most { $max } points can be loaded
dataset-csv-no-points = No points found: write one x1,x2,label per line.
core-rule-perceptron = Perceptron rule
core-rule-logistic = Gradient descent, cross-entropy loss
core-rule-squared = Gradient descent, squared error
core-loss-cross-entropy = Cross-entropy
core-loss-squared = Squared error
core-learning-rule-backprop = Backpropagation
core-learning-rule-fa = Feedback alignment
core-learning-rule-dfa = Direct feedback alignment
# The decision plane's text alternative. $correct of $total points are classified correctly.
core-plane-curve = With the product feature x1·x2 the boundary is a curve (a hyperbola), not a line. { $correct } of { $total } points are classified correctly.
core-plane-flat = Both weights are zero, so there is no boundary: the output is the same everywhere. { $correct } of { $total } points are classified correctly.
core-regions-none = It answers class 0 everywhere.
core-regions-all = It answers class 1 everywhere.
core-regions-some = It answers class 1 in { $regions } ({ $share }% of the plane), class 0 elsewhere.
core-region-top-left = the top-left corner
core-region-top = the top edge
core-region-top-right = the top-right corner
core-region-left = the left edge
core-region-centre = the centre
core-region-right = the right edge
core-region-bottom-left = the bottom-left corner
core-region-bottom = the bottom edge
core-region-bottom-right = the bottom-right corner
core-plane-wrong = { $n ->
        [one] The point { $points } is on the wrong side.
       *[other] The points { $points } are on the wrong side.
    }
core-plane-undecided = The plane is pale everywhere: the neuron is undecided, with every point's output close to 0.5.
core-correct-spoken = { $correct } of { $total } points right.
core-correct-spoken-wrong = { $correct } of { $total } points right; wrong: { $points }.
# $x1, $x2: where the line crosses each axis, or the word "none" when it never does.
core-plane-line = The decision line { $x1 ->
        [none] never crosses the x1 axis
       *[at] crosses the x1 axis at { $x1 }
    } and { $x2 ->
        [none] never crosses the x2 axis
       *[at] crosses the x2 axis at { $x2 }
    }. { $correct } of { $total } points are classified correctly.
# Why training stopped.
core-stop-all-correct = { $epochs ->
        [one] Every point is classified correctly after { $epochs } epoch. Training stopped.
       *[other] Every point is classified correctly after { $epochs } epochs. Training stopped.
    }
core-stop-diverged = The weights blew up: this learning rate is too large for this loss, so each update overshoots further than the last. Training paused before any number became infinite; the weights shown are the last finite ones. { $remedy ->
        [both] Lower the learning rate, or go back to the weights this run started from.
        [rate] Lower the learning rate.
       *[back] Go back to the weights this run started from.
    }
core-stop-plateau-xor = The loss has stopped falling with { $correct } of { $total } points right. No single straight line can separate XOR: each class sits on opposite corners. { $feature ->
        [yes] Add the feature x1·x2 below, or use a hidden layer (the next widget).
       *[no] A hidden layer can (the next widget).
    }
core-stop-plateau-circle = The loss has stopped falling with { $correct } of { $total } points right. One class surrounds the other, and one neuron draws one straight line.
core-stop-plateau = The loss has stopped falling, with { $correct } of { $total } points right: this is about as good as this neuron gets on this data.

## The biological neuron

# The stimulus in a sweep's description. $width, $interval: ms; $amplitude in $unit (µA/cm² or nA).
core-sweep-pulse = one { $width } ms pulse of { $amplitude } { $unit }
core-sweep-paired = two { $width } ms pulses of { $amplitude } { $unit }, { $interval } ms apart
core-sweep-train = { $width } ms pulses of { $amplitude } { $unit } every { $interval } ms
core-sweep-step = a constant { $amplitude } { $unit } from { $onset } to { $offset } ms
# What the neuron did in a sweep. $peak: mV; $times: the first spike times, a list of numbers.
core-sweep-silent = no spike: the membrane rose to { $peak } mV and fell back (below threshold)
core-sweep-spikes = { $n ->
        [one] { $n } spike at { $times } ms
       *[other] { $n } spikes at { $times } ms
    }
core-sweep-spikes-peak = { $n ->
        [one] { $n } spike at { $times } ms, peaking at { $peak } mV
       *[other] { $n } spikes at { $times } ms, peaking at { $peak } mV
    }
# A sweep's description. $model: the model's name (bio-model-…); $stimulus: core-sweep-pulse, -paired, -train or
# -step; $outcome: core-sweep-silent or -spikes; $rate: spikes per second.
core-sweep-description = { $model }, { $stimulus }: { $outcome }. Rate over the sweep: { $rate } Hz.
core-sweep-description-refractory = { $model }, { $stimulus }: { $outcome }. Rate over the sweep: { $rate } Hz. The second pulse came during the refractory period, so it gave no second spike.
# The coincidence experiment. $delay: ms; $peak, $threshold: mV.
core-coincidence-silent = Two inputs { $delay } ms apart: no spike: the membrane peaks at { $peak } mV, short of the { $threshold } mV threshold.
core-coincidence-spike = Two inputs { $delay } ms apart: a spike: the two inputs add up past the { $threshold } mV threshold.
core-dendrite-dcaap = dCaAP (human L2/3)
core-dendrite-monotonic = Monotonic (sigmoid)
# The logic gate a truth table computes.
core-gate-never = never fires
core-gate-and = AND
core-gate-or = OR
core-gate-xor = XOR
core-gate-nand = NAND
core-gate-nor = NOR
core-gate-xnor = XNOR
core-gate-always = always fires
core-gate-other = other

## Orders of magnitude

core-scale-neurons = neurons
core-scale-synapses = synapses
core-scale-parameters = parameters
core-system-layers = The layers widget (largest)
core-system-c-elegans = C. elegans (worm)
core-system-lenet = LeNet-5 (1998)
core-system-fruit-fly = Fruit fly brain
core-system-honeybee = Honeybee brain
core-system-resnet = ResNet-50 (2016)
core-system-mouse = Mouse brain
core-system-human = Human brain
core-system-gpt3 = GPT-3 (2020)
# Sources: keep the citations (authors, year, journal) as they are.
core-source-layers = 2·8 + 8·8 + 8·1 weights and 17 biases
core-source-c-elegans-neurons = White et al. 1986, Phil. Trans. R. Soc. B
core-source-c-elegans-synapses = White et al. 1986 (about 7,000 chemical synapses)
core-source-lenet = LeCun et al. 1998, Proc. IEEE
core-source-fruit-fly = Dorkenwald et al. 2024, Nature (FlyWire connectome)
core-source-honeybee = Menzel & Giurfa 2001, Trends Cogn. Sci.
core-source-resnet = He et al. 2016, CVPR
core-source-mouse = Herculano-Houzel et al. 2006, PNAS
core-source-human-neurons = Azevedo et al. 2009, J. Comp. Neurol.
core-source-human-synapses = order of 10¹⁴ (estimates range to 10¹⁵)
core-source-gpt3 = Brown et al. 2020, NeurIPS
core-event-synaptic = One synaptic event (one vesicle of glutamate released and its postsynaptic current)
core-event-multiply-add = One 32-bit floating-point multiply-add (3.7 pJ multiply + 0.9 pJ add)
core-event-spike = One action potential (a whole neuron's spike)
core-event-dram = One 32-bit read from DRAM
core-source-synaptic = Attwell & Laughlin 2001, J. Cereb. Blood Flow Metab. 21:1133
core-source-spike = Attwell & Laughlin 2001; mammalian spikes use several times less (Alle et al. 2009, Science 325:1405; Howarth et al. 2012)
core-source-horowitz = Horowitz 2014, ISSCC (45 nm)
# A large count before the name of what it counts. $count is the count already in words by the
# browser's rules for the language ("86 billion", "86 mil millones", "860亿"); $large is "yes"
# from a million on. Spanish joins those with "de": "86 mil millones de neuronas", "302 neuronas".
core-count-of = { $large ->
        [yes] { $count }
       *[no] { $count }
    }

## Locks that hold (a shared link's ?lock= and ?hide=): words for what a hidden or locked
## control leaves possible.

# A notice after an edited link, a settings file or a course's saved state tried to change
# settings that the page's link locks.
notice-locked-kept = Locked settings were kept: the link that opened this page locks them.
# The boundary widget's lede when its Train button is hidden or locked (the line can still be
# dragged).
boundary-lede-drag = A neuron with two inputs splits the plane along the line { $formula }. Drag it and watch the points change sides. Then try XOR.
# The same when the weights are locked too (nothing moves the line).
boundary-lede-still = A neuron with two inputs splits the plane along the line { $formula }, with one class on each side.
# The plane's hint when the weights are locked (the line cannot be dragged).
boundary-plane-hint-points = Click to add a point, or on a point to remove it.
# The plane's hint when the data are locked (no point can be added or removed).
boundary-plane-hint-drag = Drag the line or its arrow.
# challenge-and-by-hand-setup when the "Reset weights" button is hidden or locked.
challenge-and-by-hand-setup-no-reset = Set up: the AND data, no product input, and no training since (choosing the AND data again clears it).
# challenge-xor-one-neuron-hint when the training buttons are hidden or locked.
challenge-xor-one-neuron-hint-by-hand = No straight line in (x₁, x₂) does it. Give the neuron the extra input x₁·x₂ (the box under the data), then set the weights by hand.
# layers-blew-up when the Reset button is hidden.
layers-blew-up-no-reset = The weights blew up: this learning rate is too large. Training paused before any number became infinite; lower the learning rate.
# layers-collapse-nonlinear when the network's settings are locked (no button to make them linear).
layers-collapse-nonlinear-fixed = The hidden units are nonlinear, so the layers cannot be multiplied together into one: the boundary can bend.
# layers-collapse-note when the network's settings are hidden or locked.
layers-collapse-note-fixed = Its boundary is one straight line (dashed on the plane), however many layers and units: XOR, the circle and the spiral stay out of reach.
