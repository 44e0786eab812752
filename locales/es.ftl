# Neuron Lab: mensajes de la página en español (es), en formato Project Fluent.
# El archivo de referencia es locales/en.ftl: mismos ids, mismas variables y mismo orden.
# Reglas del formato y de la traducción: docs/translating.md.

## La página

page-loading = Cargando Neuron Lab…
page-brand = Neuron Lab
page-tagline = Neuronas biológicas y neuronas artificiales: en qué acierta la analogía y dónde se rompe.
page-skip = Saltar al contenido
page-precheck = Comprueba primero lo que sabes (opcional, 10 preguntas)
page-open-whole = Abrir la lección completa en Neuron Lab
page-footer = Todo se ejecuta en tu navegador; no se envía nada a ninguna parte. Los ajustes se guardan en la barra de direcciones, así que cualquier vista se puede compartir.
language-menu = Idioma
notice-language-unavailable = La página no está disponible en «{ $lang }», así que se muestra en inglés.

crash-start-title = Neuron Lab no pudo iniciarse
crash-start-text = La página falló durante la carga, así que no terminará de abrirse. Recarga para intentarlo de nuevo; si vuelve a ocurrir, puede que tu navegador no admita WebAssembly.
crash-stopped-title = Neuron Lab dejó de funcionar
crash-stopped-text = La simulación sufrió un error del que no puede recuperarse, así que la página ya no responde. Tus ajustes están en la barra de direcciones: recarga para seguir donde estabas.
crash-reload = Recargar la página
crash-sandbox-title = Este marco impide que Neuron Lab se inicie
crash-sandbox-text = La página que muestra Neuron Lab lo coloca en un marco aislado (sandbox) que no puede cargar los archivos propios de la aplicación. Pide a su autor que añada allow-same-origin al sandbox del marco (sandbox="allow-scripts allow-same-origin"), o abre Neuron Lab fuera del marco: con el enlace, o copiando su dirección de abajo en una pestaña nueva.
crash-open-alone = Abrir Neuron Lab fuera del marco

notice-dendrite-pattern = No se pudo leer el patrón de entradas de la dendrita que indica el enlace, así que se muestra el primer patrón activo.
notice-dendrite-unreadable = { $field ->
        [kind] El tipo de dendrita
        [theta] El umbral dendrítico
        [tau] El decaimiento del dCaAP
       *[strength] La intensidad de entrada de la dendrita
    } que indica el enlace no se pudo leer, así que se usa el valor predeterminado.
notice-dendrite-clamped = { $field ->
        [kind] El tipo de dendrita
        [theta] El umbral dendrítico
        [tau] El decaimiento del dCaAP
       *[strength] La intensidad de entrada de la dendrita
    } que indica el enlace estaba fuera del rango permitido, así que se usa el valor permitido más cercano.

share-summary = Compartir o insertar
share-widget-label = Compartir
share-whole-lesson = La lección completa
share-only-neuron = Solo la neurona biológica
share-only-explorer = Solo la neurona artificial
share-only-boundary = Solo la frontera de decisión
share-only-layers = Solo las capas
share-only-bridge = Solo frecuencias y plasticidad
share-only-dendrite = Solo una dendrita que calcula XOR
share-only-timing = Solo espigas en el tiempo
share-only-scale = Solo la comparación de escala
share-table-caption = Controles que se ocultan o se bloquean para las personas con quienes compartes
share-column-controls = Controles
share-column-hide = Ocultar
share-column-lock = Bloquear
share-hide-group = Ocultar: { $group }
share-lock-group = Bloquear: { $group }
share-link-label = Enlace
share-no-challenges = Ocultar los retos (?challenges=off)
share-no-quiz = Ocultar los cuestionarios (?quiz=off)
share-teachers-text = Para docentes: el plan de la lección, una hoja de trabajo con sus soluciones y la vista de la clase.
share-teachers-link = Abrir la página para docentes
share-snippet-label = Código para insertar en la página de un curso
share-copy-link = Copiar el enlace
share-copy-snippet = Copiar el código de inserción
copy-button = Copiar
copy-done = Copiado.
copy-failed = Este navegador no deja que la página copie: selecciona el texto y cópialo tú.
share-frame-title = Neuron Lab
share-locked-title = Bloqueado por el docente que compartió este enlace

share-group-ex-toolbar = Selector de activación y botones
share-group-ex-inputs = Entradas, pesos y sesgo
share-group-bd-weights = Controles deslizantes de pesos y sesgo
share-group-bd-learning = Ajustes del aprendizaje
share-group-bd-training = Botones de entrenamiento (frontera de decisión)
share-group-bd-data = Controles de los datos
share-group-nn-settings = Ajustes de la red y del aprendizaje
share-group-nn-units = Número de unidades
share-group-nn-training = Botones de entrenamiento (capas)
share-group-bl-stimulus = Controles del estímulo
share-group-bl-playback = Reproducción
share-group-dd-kind = El interruptor de dendrita monótona
share-group-dd-sliders = Controles deslizantes de intensidad, umbral y decaimiento
share-group-sc-sources = Fuentes

settings-export = Exportar ajustes (JSON)
settings-import = Importar ajustes (JSON)
settings-loaded = Ajustes cargados.
settings-nothing-loaded = No se cargó nada. { $reason }
settings-too-large = Este archivo es demasiado grande para ser un archivo de ajustes de Neuron Lab.
settings-not-json = Este archivo no es JSON, así que no es un archivo de ajustes de Neuron Lab.
settings-not-ours = Este archivo JSON no es un archivo de ajustes de Neuron Lab (no contiene "format": "neuron-lab").
settings-other-version = Este archivo de ajustes es de otra versión de Neuron Lab y no se puede leer.
settings-empty = Este archivo de ajustes no contiene ningún ajuste.

panic-title = Algo falló dentro de Neuron Lab
panic-text = La página sufrió un error del que no pudo recuperarse. Tus ajustes siguen en la barra de direcciones: recarga para seguir donde estabas, o empieza de cero con los valores predeterminados.
panic-reload = Recargar con mis ajustes
panic-afresh = Empezar de cero

embed-unknown-widget = Este enlace de inserción pide un widget «{ $name }» que Neuron Lab no tiene, así que se muestra la lección completa.

## Un paquete de curso dentro de una plataforma de cursos (SCORM 1.2). { $error } es el código de la plataforma con sus palabras.
course-not-started = La plataforma del curso no inició una sesión ({ $error }). Todo funciona en esta página, pero tu progreso no queda registrado en el curso.
course-not-saved = La plataforma del curso no pudo guardar tu progreso ({ $error }). Se conserva en esta página y no se pierde nada de lo que el curso ya registró.
course-not-committed = La plataforma del curso no pudo almacenar lo que se le envió ({ $error }). Tu progreso se conserva en esta página y no se pierde nada de lo que el curso ya registró.
course-settings-too-long = Tus ajustes son demasiado largos para que la plataforma del curso los guarde (guarda como máximo 4096 caracteres). Tu progreso se guarda; los ajustes quedan en el enlace de esta página.

widget-more-settings = Más ajustes
widget-dismiss = Cerrar
widget-pause = Pausa
widget-save-png = Guardar PNG
widget-save-png-plot = Guardar PNG: { $plot }
widget-slider-still-using = { $problem }; se sigue usando { $value }
widget-loss-sound = Sonido: un tono que baja a medida que baja la pérdida
widget-loss-tone = { $name } { $loss }: suena a { $hz } Hz.
widget-loss-not-a-number = { $name } no es un número: no hay tono.
widget-loss-none = Todavía no hay pérdida: entrena para oírla.
widget-loss-range = Tono más grave, pérdida más baja: { $low } Hz para una pérdida de { $floor } o menos, { $high } Hz para { $ceiling } o más.
widget-slider-field = Valor de { $name }

## Lección

lesson-s1-title = 1. La neurona biológica
lesson-s2-title = 2. La neurona artificial
lesson-s3-title = 3. Dónde se sostiene la analogía
lesson-s4-title = 4. Dónde se rompe
lesson-s5-title = 5. Por qué persiste el nombre
lesson-s6-title = 6. Resumen
lesson-s7-title = 7. Comprueba lo que has entendido
lesson-contents-label = Índice
lesson-try-this = Prueba esto.

lesson-s1-text = Una neurona recoge señales en sus dendritas, donde los axones de otras células se conectan con ella mediante sinapsis. Cada sinapsis tiene una fuerza: unas excitan y otras inhiben. El cuerpo celular suma sus efectos en forma de un cambio de su potencial de membrana, que, a causa de las fugas, tiende a volver al reposo. Cuando el potencial al comienzo del axón (el cono axónico y su segmento inicial) supera un umbral, la neurona dispara un potencial de acción: una espiga de tamaño casi fijo que recorre el axón hasta las células siguientes, seguida de un período refractario en el que no puede volver a disparar de inmediato, y después solo con una entrada más fuerte. El aprendizaje cambia, entre otras cosas, la fuerza de las sinapsis.
lesson-s1-aside = El «todo o nada» vale para la espiga que se inicia en el segmento inicial del axón. Pero no es toda la historia: cambios más lentos y graduados (analógicos) del potencial de membrana también recorren el axón y modifican cuánto neurotransmisor libera una espiga (Shu et al. 2006, Nature 441:761; Alle & Geiger 2006, Science 311:1290), y algunas neuronas, como los fotorreceptores de la retina y la mayoría de sus células bipolares, no disparan espigas en absoluto: se comunican mediante potenciales graduados (resulta que algunas células bipolares, contadas durante mucho tiempo entre ellas, también disparan espigas: Baden et al. 2011, Curr Biol 21:1859).
lesson-s1-try = Baja la amplitud hasta que desaparezca la espiga: ¿dónde está el umbral? Después elige «Pulsos pareados» y acorta el intervalo: ¿cuándo deja el segundo pulso de producir una espiga, y por qué?

lesson-s2-text = La neurona artificial conserva el esquema y prescinde de la física. Sus entradas x representan las señales que llegan a las dendritas; sus pesos w, las fuerzas sinápticas; la suma ponderada más un sesgo, la suma que hace el cuerpo celular; y la función de activación f, la decisión de disparar; la salida y representa la señal del axón. Toda la neurona cabe en una línea: y = f(w · x + b). El ejemplo resuelto tiene entradas (0,5; 0,3; 0,8), pesos (0,4; −0,2; 0,9) y sesgo 0,1: z = 0,96 y σ(0,96) = 0,7231.
lesson-s2-try = Haz el segundo peso muy negativo: ¿cuánto baja la salida? Cambia a la función escalón: ¿qué valor de z es ahora el umbral y qué le pasa a la pendiente?

lesson-s3-learning-heading = El aprendizaje cambia la fuerza de las conexiones
lesson-s3-learning-text = Los dos tipos de neurona aprenden cambiando la fuerza de sus conexiones. Una neurona artificial sigue la pendiente de su error (descenso del gradiente); una sinapsis se refuerza cuando su entrada contribuye a provocar una espiga (plasticidad dependiente de la temporización de las espigas), y en muchas sinapsis solo si además está presente un neuromodulador como la dopamina. Con dos entradas, la neurona traza una recta en el plano, y el aprendizaje mueve esa recta.
lesson-s3-learning-try = Entrena con OR y después con XOR. ¿Por qué XOR nunca pasa de tres puntos de cuatro? ¿Qué cambia al añadir la característica x₁·x₂?
lesson-s3-layers-heading = Capas, y la no linealidad que hace que valga la pena apilarlas
lesson-s3-layers-text = En un cerebro, la información la lleva sobre todo el patrón de actividad de muchas células, y no tanto una sola de ellas; una red reparte un problema entre capas de unidades de la misma manera. Pero las capas solo sirven si cada una aplica una activación no lineal, como el umbral de la neurona: si apilas unidades lineales, las capas, al multiplicarse entre sí, se reducen a una única transformación lineal.
lesson-s3-layers-try = Elige la espiral y entrena la red predeterminada. Después pulsa «Hacer lineales todas las activaciones»: ¿qué le pasa a la frontera, por muchas unidades que añadas?
lesson-s3-bridge-text = Promediada en el tiempo, la frecuencia de disparo de una neurona que dispara espigas sí se parece a una función de activación, y las sinapsis sí aprenden de la temporización de las espigas. Ambas cosas se ven más abajo.

lesson-s4-backprop = <strong>La retropropagación no tiene un equivalente biológico claro.</strong> Para entrenar una red se envían gradientes de error precisos hacia atrás por las mismas conexiones (pulsa «Mostrar la pasada hacia atrás» en el widget de capas). Las sinapsis transmiten en un solo sentido, y no se conoce ningún mecanismo que copie los pesos de ida en un camino de vuelta (el problema del transporte de pesos; Grossberg 1987). El aprendizaje puede funcionar sin esa copia: en «Más ajustes» del widget de capas, elige el alineamiento por retroalimentación, que devuelve el error a través de pesos aleatorios fijos (Lillicrap et al. 2016, Nat. Commun. 7:13276), y observa cómo el ángulo entre sus actualizaciones y el gradiente verdadero disminuye a medida que la red aprende. Aun así, necesita un camino de vuelta separado y un error preciso; por eso se dice que es más plausible, no que sea biológico.
lesson-s4-dale = <strong>Las neuronas reales excitan o inhiben; las unidades artificiales hacen las dos cosas.</strong> La mayoría de las neuronas tienen el mismo efecto en todas sus sinapsis, excitador o inhibidor (el principio de Dale), y aproximadamente una de cada cinco neuronas corticales es inhibidora. Una unidad artificial puede excitar a una unidad e inhibir a la siguiente. En el widget de capas, en «Más ajustes», activa la ley de Dale: los pesos salientes de cada unidad oculta mantienen entonces un solo signo, y el botón «Comparar» entrena la misma red con la ley y sin ella. Las redes con el signo restringido aprenden peor; las redes con unidades inhibidoras aparte, construidas como las interneuronas corticales, cierran la brecha (Cornford et al. 2021, ICLR).
lesson-s4-complexity = <strong>Las neuronas reales son mucho más complejas.</strong> Incluso el modelo del axón de calamar de 1952 necesita tres tipos de compuertas de canales iónicos que cambian con el tiempo (en el laboratorio de la neurona de la <a href="#s1">sección 1</a>, abre «Más ajustes» y marca «Bajo el capó»); las neuronas reales añaden muchos más canales, dendritas que calculan (hay una más abajo), más de cien neurotransmisores (alrededor de una docena de moléculas pequeñas y más de cien neuropéptidos; Purves et al., Neuroscience) y moduladores que cambian las reglas.
lesson-s4-spikes = <strong>Las espigas son eventos en el tiempo; las activaciones son números.</strong> La salida de una neurona es un tren de espigas de casi el mismo tamaño, cuya temporización importa; una unidad artificial da un único valor continuo, el mismo sea cual sea el momento en que lleguen sus entradas.
lesson-s4-scale = <strong>Escala y energía.</strong> Unos 86 mil millones de neuronas y 10¹⁴ sinapsis funcionan con unos 20 vatios. Los mayores modelos publicados alcanzaron los 175 mil millones de parámetros en 2020 (GPT-3) y superaron el billón en 2021 (el Switch Transformer disperso, con 1,6 billones; Fedus et al. 2022, JMLR 23:120), aún muchos menos que las sinapsis del cerebro; los modelos más recientes no publican cuántos tienen. Entrenar uno requiere megavatios: el entrenamiento de GPT-3 consumió de media unos 3,6 MW (Patterson et al. 2021). Fuentes del resto: <a href="#scale-title">Escala: cerebros y redes</a>, más abajo.
lesson-s4-dendrite-heading = Una dendrita que calcula
lesson-s4-dendrite-text = Una neurona puntual suma sus entradas y pasa la suma por una única función. Cuando esa función solo crece (o solo decrece), como hacen la función escalón, la sigmoide y la ReLU, una neurona artificial separa sus entradas mediante una sola recta y no puede calcular XOR; una activación que sube y luego vuelve a bajar, como una campana de Gauss, sí se lo permitiría. Las dendritas reales hacen algo más que sumar. La neurona cortical humana de abajo tiene una espiga de calcio dendrítica que se debilita cuanto más fuerte es su entrada, y, en un modelo basado en los registros, eso permite que una sola neurona resuelva XOR.
lesson-s4-dendrite-try = Lee la tabla de verdad: ¿qué patrones hacen disparar al soma? Sube τ hasta que la tabla diga OR; luego cambia a la dendrita monótona y busca XOR con todos los controles deslizantes. ¿Por qué no lo encuentras?
lesson-s4-timing-heading = Espigas en el tiempo
lesson-s4-timing-try = Separa en el tiempo las dos entradas hasta que la neurona deje de disparar. ¿Cambia la respuesta de la neurona artificial? Después prueba la neurona del explorador de las dos maneras y compara un número con un tren de espigas.

lesson-s5-history = El nombre viene de la historia: McCulloch y Pitts (1943) modelaron las neuronas como unidades de umbral, y el perceptrón de Rosenblatt (1958) se construyó como modelo del aprendizaje en el cerebro. El esquema sobrevivió (entradas ponderadas, una no linealidad parecida a un umbral, aprendizaje mediante cambios en los pesos), mientras que casi todo lo demás se abandonó en favor de lo que se calcula bien en un chip. El nombre es un recordatorio útil de ese origen y, tomado al pie de la letra, una promesa engañosa.
lesson-s5-claims = Así que, cuando alguien afirme que un sistema de IA «funciona como el cerebro», pregunta qué parte: la suma ponderada y la no linealidad, sí; las espigas, la temporización, las reglas de aprendizaje del cerebro, su presupuesto energético, el enorme detalle de las células reales, en la mayoría de los sistemas, en absoluto. Lo que una red puede hacer hay que juzgarlo poniéndola a prueba, no por su nombre.

lesson-summary-caption = Comparación de neuronas biológicas y artificiales; cada fila enlaza con el widget que la muestra
lesson-summary-aspect = Aspecto
lesson-summary-biological = Neurona biológica
lesson-summary-artificial = Neurona artificial
lesson-summary-see-it = Dónde verlo
lesson-summary-input = Combinación de entradas
lesson-summary-input-biological = Las corrientes de miles de sinapsis se suman en la membrana, con fugas e interacciones en el tiempo y el espacio
lesson-summary-input-artificial = Una suma ponderada w · x + b, instantánea y exacta
lesson-summary-input-see = <a href="#s2">La neurona artificial</a>
lesson-summary-nonlinearity = No linealidad
lesson-summary-nonlinearity-biological = Un umbral y una espiga de todo o nada, seguida de un período refractario
lesson-summary-nonlinearity-artificial = Una función de activación: escalón, sigmoide, ReLU…; sin ella, las capas se reducen a una
lesson-summary-nonlinearity-see = <a href="#s3">Capas</a>
lesson-summary-output = Salida
lesson-summary-output-biological = Un tren de espigas; la temporización transmite información
lesson-summary-output-artificial = Un único número continuo
lesson-summary-output-see = <a href="#s4">Espigas en el tiempo</a>
lesson-summary-learning = Mecanismo de aprendizaje
lesson-summary-learning-biological = Plasticidad impulsada por la actividad en cada sinapsis, como la STDP, a menudo condicionada por un neuromodulador como la dopamina (un tercer factor)
lesson-summary-learning-artificial = Descenso del gradiente con un error global retropropagado (el alineamiento por retroalimentación no necesita copiar los pesos, pero sí un camino de vuelta)
lesson-summary-learning-see = <a href="#s3">Aprendizaje</a>, <a href="#layers-title">aprender sin retropropagación</a>
lesson-summary-complexity = Complejidad
lesson-summary-complexity-biological = Canales iónicos, dendritas que calculan (en un modelo basado en registros, una neurona calcula XOR), más de cien neurotransmisores, modulación
lesson-summary-complexity-artificial = Unas pocas multiplicaciones y una función
lesson-summary-complexity-see = <a href="#s1">La neurona biológica</a>, <a href="#dendrite-title">una dendrita que calcula XOR</a>
lesson-summary-scale = Escala y energía
lesson-summary-scale-biological = 86 mil millones de neuronas, unas 10¹⁴ sinapsis, 20 W; un evento sináptico, unos 0,01 pJ
lesson-summary-scale-artificial = Cientos de miles de millones de parámetros, más de un billón en los mayores modelos publicados (2020–2022); megavatios para entrenar; una multiplicación-suma de 32 bits, unos 5 pJ (en un chip de 45 nm)
lesson-summary-scale-see = <a href="#s4">Escala</a>

lesson-s7-text = Diez preguntas sobre las afirmaciones de la lección. Cada respuesta se explica, con un enlace al widget que la muestra; si hiciste el cuestionario antes de la lección, se muestra cuánto has mejorado.

scale-title = Escala: cerebros y redes
scale-lede = Cantidades en un eje logarítmico, en el que cada línea de la cuadrícula vale cien veces la anterior. Una sinapsis es mucho más que un número y un parámetro mucho menos que una sinapsis: esto compara órdenes de magnitud, no cosas equivalentes.
scale-chart-label = Comparación de escala, logarítmica
scale-bar-name = { $system } · { $quantity }
scale-readout = { $system }: aproximadamente { $count } { $quantity } (fuente: { $source }).
scale-readout-empty = Pon el foco en una barra o señálala con el puntero para leer su valor y su fuente.
scale-energy-title = Energía: un evento en un cerebro, una operación en un chip
scale-energy-caption = Energía de un evento, en picojulios (10⁻¹² J), con el cálculo
scale-energy-event = Evento
scale-energy-energy = Energía
scale-energy-how = Cómo se calcula
scale-energy-picojoules = { $pj } pJ
scale-energy-from-atp = { $atp } ATP × { $joules_per_atp } J por ATP = { $pj } pJ
scale-energy-measured = medido en un chip de 45 nm
scale-energy-text = Así, un evento sináptico consume aproximadamente { $ratio } de la energía de una multiplicación-suma de 32 bits, y una espiga completa, más o menos lo mismo que { $spikes } de ellas; ambas cifras solo son fiables dentro de un factor de unas pocas veces, y traer un solo número de la memoria cuesta más que cualquiera de los dos. Una estimación de arriba abajo da un valor más de diez veces mayor, como debe ser, porque cuenta todos los costes del cerebro y no solo los de un evento: unos 20 vatios repartidos entre unas 10¹⁴ sinapsis, cada una de las cuales transmite una señal aproximadamente una vez por segundo, dan del orden de 10⁻¹³ julios por evento sináptico. Una GPU de centro de datos (una NVIDIA A100: 400 W como máximo para 312 × 10¹² operaciones de 16 bits por segundo) gasta unos 10⁻¹² julios por operación a pleno rendimiento, y entrenar un gran modelo de lenguaje mantiene ocupadas miles de ellas durante semanas.
scale-sources = Fuentes
scale-source-count = { $system }, { $quantity }: { $source }
scale-source-energy = { $event }: { $source }
scale-source-brain-power = Potencia del cerebro, unos 20 W: Attwell & Laughlin 2001, J. Cereb. Blood Flow Metab.; Raichle & Gusnard 2002, PNAS.
scale-source-gpu = Hoja de datos de la GPU NVIDIA A100 Tensor Core (2020): 400 W, 312 TFLOPS FP16 tensor.
scale-source-atp = Una molécula de ATP, unos 8,3 × 10⁻²⁰ J: unos 50 kJ/mol en condiciones celulares (Nelson & Cox, Lehninger. Principios de bioquímica) divididos entre el número de Avogadro.

## El explorador de la neurona artificial

explorer-title = Construye una neurona artificial
explorer-lede = Las entradas multiplicadas por los pesos, más un sesgo, pasan por una función de activación: { $formula }.
explorer-plot-label = Gráfica de la función de activación
explorer-notes-inputs = Cada entrada es una señal que llega a una dendrita; su peso es la fuerza de esa sinapsis, y los pesos negativos inhiben. El sesgo desplaza el umbral: indica con qué facilidad dispara la neurona sin ninguna entrada.
explorer-function = Función
explorer-slope = Pendiente
explorer-biology = <strong>Biología:</strong> { $note }
explorer-notes-plot = El anillo naranja es el punto de funcionamiento de la neurona (z, f(z)); la línea naranja es la tangente en ese punto, cuya pendiente es lo que sigue el descenso del gradiente.

explorer-legend-excitatory = excitadora, w > 0
explorer-legend-inhibitory = inhibidora, línea discontinua
explorer-legend-width = grosor: |w|
explorer-diagram-title = Diagrama de la neurona
explorer-diagram-inputs = entradas x
explorer-diagram-dendrites = dendritas
explorer-diagram-weights = pesos w
explorer-diagram-synapses = sinapsis
explorer-diagram-cell-body = cuerpo celular
explorer-diagram-hillock = cono axónico
explorer-diagram-output = salida y
explorer-diagram-axon = axón
explorer-diagram-sums = suma sus entradas
explorer-diagram-passes-on = transmite la señal
explorer-diagram-input-excitatory = x{ $n } = { $x } a través de una sinapsis excitadora de peso { $w }
explorer-diagram-input-inhibitory = x{ $n } = { $x } a través de una sinapsis inhibidora de peso { $w }
explorer-diagram-input-silent = x{ $n } = { $x } a través de una sinapsis silenciosa de peso { $w }
explorer-diagram-input-separator = { "; " }
explorer-diagram-result = El cuerpo celular las suma junto con el sesgo y obtiene z = { $z }; la activación { $activation } da la salida { $y } a lo largo del axón.
explorer-diagram-description = { $n ->
        [one] { $n } entrada
       *[other] { $n } entradas
    }: { $inputs }. Sesgo b = { $bias }. { $result }

explorer-equation-title = La ecuación, en tiempo real
explorer-cannot-evaluate = Esta neurona no se puede evaluar: { $reason }
explorer-weighted-sum = suma ponderada
explorer-output = Salida
explorer-output-aria = Salida y de la neurona

explorer-inputs-title = Entradas y pesos
explorer-input-label = Entrada x
explorer-weight-label = Peso w
explorer-bias-label = Sesgo b
explorer-remove-input = Quitar la entrada x{ $n }
explorer-activation-label = Función de activación
explorer-add-input = Añadir entrada
explorer-add-input-limit = Aquí una neurona tiene como máximo { $n ->
        [one] { $n } entrada
       *[other] { $n } entradas
    }
explorer-example = Ejemplo del texto
explorer-reset = Restablecer
explorer-reset-title = Volver a los ajustes con los que se abrió la página

## La frontera de decisión

boundary-title = Traza una frontera y deja que la neurona aprenda
boundary-lede = Una neurona con dos entradas divide el plano a lo largo de la recta { $formula }. Arrástrala, o pulsa { boundary-train } y mira cómo aprende. Después prueba con XOR.

boundary-data-set = Conjunto de datos
boundary-own-points = Tus propios puntos
boundary-product-feature = Añadir la característica x₁·x₂ como tercera entrada
boundary-seed = Semilla
boundary-new-seed = Nueva semilla
boundary-noise = Ruido
boundary-new-points-are = Los puntos nuevos son de
boundary-new-class-1 = clase 1 (círculo azul)
boundary-new-class-0 = clase 0 (cuadrado bermellón)
boundary-point-form = Añadir o quitar un punto con el teclado
boundary-new-point = Punto nuevo x
boundary-add-point = Añadir punto
boundary-remove-point = Quitar el punto más cercano
boundary-no-point-near = No hay ningún punto que quitar a menos de { $radius } de ahí.
boundary-clear-points = Borrar todos los puntos
boundary-csv = Puntos en CSV
boundary-csv-label = Un punto por línea: x1,x2,label (la etiqueta label vale 0 o 1)
boundary-csv-load = Cargar puntos
boundary-csv-show = Mostrar los puntos actuales
boundary-point-not-added = No se añadió ningún punto: los puntos deben estar dentro del plano y puede haber { $n } como máximo.
boundary-csv-loaded = { $n ->
        [one] Se cargó { $n } punto
       *[other] Se cargaron { $n } puntos
    }.
boundary-csv-not-loaded = No se cargó nada. { $reason }

boundary-learning = Aprendizaje
boundary-rule = Regla de aprendizaje
boundary-rate = Tasa de aprendizaje
boundary-training-group = Entrenamiento
boundary-train = Entrenar
boundary-one-epoch = Una época
boundary-one-example = Un ejemplo
boundary-reset-weights = Restablecer pesos
boundary-epoch = Época
boundary-loss = Pérdida
boundary-correct = Aciertos
boundary-correct-aria = Puntos clasificados correctamente
boundary-correct-count = { $correct } de { $total }
boundary-speed = Velocidad
boundary-epochs-per-second = { $rate } épocas/s
boundary-paused = En pausa.
boundary-xor-stuck = Una sola neurona artificial con una activación creciente no puede; una sola neurona cortical humana sí, en un modelo basado en registros: <a href="#dendrite-title">mira una dendrita que calcula XOR</a>.
boundary-restore-run-start = Volver a los pesos de antes de este entrenamiento
boundary-activation = Activación
boundary-speed-option = { $speed ->
        [slow] Lenta
        [normal] Normal
       *[fast] Rápida
    } ({ $n ->
        [one] { $n } época
       *[other] { $n } épocas
    } por fotograma)
boundary-curve-label = Curva de entrenamiento: pérdida y exactitud por época
boundary-curve-description = Curva de entrenamiento a lo largo de { $epochs ->
        [one] { $epochs } época
       *[other] { $epochs } épocas
    }: pérdida media actual: { $loss }{ $trend ->
        [falling] , todavía en descenso
        [flat] , estancada en una meseta
        [rising] , en aumento
       *[none] {""}
    }; puntos bien clasificados: { $percent } %.
boundary-curve-none = Todavía no hay entrenamiento.

boundary-step-title = Un ejemplo, paso a paso
boundary-step-example = Ejemplo ({ $x1 }; { $x2 }), clase { $class } (salida objetivo t = { $target }).
boundary-step-forward = Pasada hacia delante: z = { $z }, salida y = { $symbol }({ $z }) = { $y }.
boundary-step-error = Error y − t = { $error }; pérdida { $loss }.
boundary-step-gradient-perceptron = Gradiente de cada peso, −(t − y)·x (la dirección de actualización del perceptrón); actualización w ← w − { $rate }·gradiente:
boundary-step-gradient = Gradiente de cada peso, ∂pérdida/∂w = ∂pérdida/∂z · x; actualización w ← w − { $rate }·gradiente:
boundary-step-weight = peso
boundary-step-input = entrada x
boundary-step-gradient-column = gradiente
boundary-step-new-value = valor nuevo

boundary-weights-title = Pesos y sesgo
boundary-class-1-where = Clase 1 donde f(z) ≥ { $half }, es decir, z ≥ { $level }; la flecha (w₁, w₂) apunta hacia ella.
boundary-weight-label = Peso w
boundary-bias-label = Sesgo b

boundary-plane-heading = El plano
boundary-plane-label = Plano de decisión: la salida de la neurona según las entradas x1 y x2, con los datos
boundary-class-0 = clase 0
boundary-class-1 = clase 1
boundary-plane-hint = Arrastra la recta o su flecha; haz clic para añadir un punto, o sobre un punto para quitarlo.

## Palabras de las gráficas

plot-point = ({ $x }; { $y })
plot-epoch = época
plot-time = tiempo (ms)
plot-activation-x = z (suma ponderada)
plot-activation-slope = f′(z), la pendiente
plot-activation-curve = f(z), { $name }
plot-angle-y = ángulo (°)
plot-angle-random = 90°: no es mejor que una dirección al azar
plot-soma-threshold = umbral del soma { $value } mV
plot-dendrite-potential = dendrita (reposo + dCaAP)
plot-soma = soma
plot-dendrite-curve-x = corriente de entrada I (nA)
plot-dendrite-curve-y = respuesta / máximo
plot-dendrite-sigmoid = sigmoide σ(I − θ)
plot-dendrite-relu = ReLU
plot-soma-fires = el soma dispara por encima
plot-one-input = una entrada
plot-both-inputs = ambas
plot-dendrite-amplitude = dendrita A(I) / A_max
plot-fi-x = corriente de entrada ({ $unit })
plot-fi-y = frecuencia de disparo (Hz)
plot-fi-relu = ajuste ReLU
plot-fi-sigmoid = ajuste sigmoide
plot-fi-measured = medida
plot-mean-loss = pérdida media
plot-fraction-correct = fracción de aciertos
plot-sweep = barrido
plot-stdp-y = cambio de peso Δw
plot-repetitions = repeticiones
plot-weight = peso
plot-stdp-synapse = sinapsis, emparejamientos STDP
plot-stdp-artificial = peso artificial, pasos de gradiente
plot-rest-line = reposo { $value } mV
plot-threshold-line = umbral { $value } mV
plot-gate-m = m (activación del sodio)
plot-gate-h = h (inactivación del sodio)
plot-gate-n = n (activación del potasio)
plot-open-fraction = fracción abierta
plot-current-sodium = sodio (entrante < 0)
plot-current-potassium = potasio (saliente > 0)
plot-current-leak = fuga
plot-current-y = corriente (µA/cm²)

## Capas: una pequeña red que aprende por retropropagación

layers-title = Apila neuronas en capas
layers-lede = Las capas no lineales pueden curvar la frontera; las lineales se reducen a una sola neurona.

layers-controls-title = Red y aprendizaje
layers-data-label = Conjunto de datos
layers-hidden-layers-label = Capas ocultas
layers-hidden-activation-label = Activación de las capas ocultas
layers-rate-label = Tasa de aprendizaje
layers-units-label = Unidades en la capa oculta { $layer }
layers-transport-label = Entrenamiento de la red
layers-train-button = Entrenar
layers-one-epoch-button = Una época
layers-reset-button = Restablecer
layers-epoch-readout = Época
layers-test-loss-readout = Pérdida de prueba
layers-train-correct-readout = Aciertos de entrenamiento
layers-test-correct-readout = Aciertos de prueba
layers-test-accuracy-label = Exactitud de prueba
layers-spoken-training = Entrenando, época { $epoch }: { $accuracy ->
        [none] pérdida de prueba { $loss }.
       *[other] exactitud de prueba { $accuracy } %, pérdida de prueba { $loss }.
    }
layers-spoken-paused = Época { $epoch }: { $accuracy ->
        [none] pérdida de prueba { $loss }.
       *[other] exactitud de prueba { $accuracy } %, pérdida de prueba { $loss }.
    }
layers-percent = { $value } %
layers-output-activation-label = Activación de salida
layers-loss-label = Pérdida
layers-batch-label = Tamaño del lote
layers-l2-label = Tasa de regularización
layers-loss-sound-name = Pérdida de entrenamiento
layers-blew-up = Los pesos han explotado: esta tasa de aprendizaje es demasiado grande. El entrenamiento se ha pausado antes de que algún número se volviera infinito; baja la tasa de aprendizaje o pulsa «Restablecer».

layers-diagram-title = La red
layers-backward-button = Mostrar la pasada hacia atrás
layers-diagram-label = Diagrama de la red
layers-unit-button = Unidad { $name }: mostrar su salida y editar sus pesos
layers-input-label = Entrada { $name }
layers-diagram-description = Una red con las entradas { $inputs }, { $layers ->
        [one] una capa oculta de { $sizes } unidades
       *[other] { $layers } capas ocultas de { $sizes } unidades
    } (activación { $hidden_activation }) y { $outputs ->
        [one] una salida ({ $output_activation })
       *[other] { $outputs } salidas, una por clase, que una softmax convierte en probabilidades
    }. { $weights } pesos y { $biases } sesgos.{ $dale ->
        [on] { " " }Ley de Dale: cada unidad oculta es excitadora o inhibidora; las unidades inhibidoras se dibujan con un anillo doble.
       *[off] { "" }
    }
layers-legend-positive = positivo
layers-legend-negative = negativo, línea discontinua
layers-legend-width = grosor: |w|
layers-backward-backprop = Pasada hacia atrás: la señal de error δ llega a la capa { $layer } y retrocede por sus pesos de entrada (en naranja), cada uno de los cuales recibe el gradiente δ × la entrada que transportó.
layers-backward-output = Pasada hacia atrás: el error δ de la salida actualiza sus pesos de entrada (en naranja), exactamente como hace la retropropagación; después vienen las capas ocultas, a través de la retroalimentación aleatoria fija.
layers-backward-feedback-alignment = Alineamiento por retroalimentación: el error δ llega a la capa { $layer } a través de la matriz aleatoria fija B (línea morada discontinua), no a través de los pesos de ida; cada uno de sus pesos de entrada (en naranja) recibe δ × la entrada que transportó.
layers-backward-direct = Alineamiento por retroalimentación directa: el error de la salida llega a la capa { $layer } directamente desde la salida, a través de su propia matriz aleatoria fija (línea morada discontinua); cada uno de sus pesos de entrada (en naranja) recibe δ × la entrada que transportó.
layers-select-unit-hint = Selecciona una unidad para verla y editarla.
layers-unit-title = Unidad { $name }
layers-unit-plot-label = Salida de la unidad seleccionada sobre el plano
layers-unit-description = La salida de esta unidad sobre el plano va de { $low } a { $high }.
layers-weight-from-label = Peso desde { $name }
layers-bias-label = Sesgo

layers-collapse-title = Por qué importa la no linealidad
layers-collapse-nonlinear = Las unidades ocultas son no lineales, así que las capas no se pueden multiplicar entre sí para dar una sola: la frontera puede curvarse. Haz lineales todas las activaciones y verás cómo la red se reduce a una sola neurona.
layers-make-linear-button = Hacer lineales todas las activaciones
layers-collapse-linear = Todas las activaciones de las capas ocultas son lineales, así que las capas, al multiplicarse entre sí, se reducen a una sola capa lineal (el producto de las matrices de pesos, incorporando los sesgos):
layers-collapsed-equation-label = Capa única equivalente
layers-collapse-caption = La capa única predice exactamente lo que hace la red
layers-collapse-input-column = entrada (x₁, x₂)
layers-collapse-network-column = red
layers-collapse-single-column = capa única
layers-collapse-point = ({ $x1 }; { $x2 })
layers-collapse-note = Su frontera es una sola recta (discontinua en el plano), por muchas capas y unidades que haya: XOR, el círculo y la espiral quedan fuera de su alcance. Vuelve a poner tanh o ReLU como activación de las capas ocultas para curvarla.
layers-backprop-title = La retropropagación y su problema biológico
layers-backprop-text = Para aprender, la red envía su error de salida hacia atrás por las mismas conexiones, capa a capa, y asigna a cada peso la parte exacta de culpa que le corresponde (pulsa <em>Mostrar la pasada hacia atrás</em> encima del diagrama). No se conoce ningún mecanismo en el cerebro que haga esto: las sinapsis transmiten señales en un solo sentido, y el error de vuelta necesitaría una copia exacta de los pesos de ida. Lo que se sabe que cambia una sinapsis es la actividad en esa misma sinapsis (la espiga de entrada y la propia espiga de la célula, que viaja de vuelta hacia sus dendritas), a menudo junto con un neuromodulador como la dopamina, que llega a muchas sinapsis a la vez (un tercer factor; Gerstner et al. 2018, Front Neural Circuits 12:53): una señal de recompensa o de sorpresa, no un error preciso para cada sinapsis.
layers-feedback-text = ¿Necesita el aprendizaje esa copia exacta? En «Más ajustes», elige el alineamiento por retroalimentación: el error vuelve entonces a través de pesos aleatorios fijos (Lillicrap et al. 2016), y la gráfica muestra el ángulo entre sus actualizaciones y el gradiente verdadero. Empieza cerca de 90° o por encima, disminuye a medida que los pesos de ida se van alineando con la retroalimentación aleatoria, y entonces baja la pérdida, normalmente más despacio que con retropropagación. También puede estancarse: con XOR, la red 4-2 predeterminada se detiene con el 77 % de los puntos de prueba bien clasificados, mientras que la retropropagación llega al 100 %. Cada unidad de la última capa oculta recibe el error de la salida a través de un único número aleatorio fijo, así que todas se ven empujadas a mover la salida en el mismo sentido; con dos unidades, la retroalimentación fija tiene demasiado pocas direcciones con las que alinearse, dos esquinas de XOR acaban con el mismo código en esas unidades, y el error deja de llegar. Con una sola capa oculta de 4 unidades, el alineamiento por retroalimentación sí aprende XOR.

layers-curves-label = Curvas de entrenamiento de la red
layers-curve-training = pérdida de entrenamiento
layers-curve-test = pérdida de prueba
layers-curves-description = Pérdida y exactitud por época a lo largo de { $epochs ->
        [one] { $epochs } época
       *[other] { $epochs } épocas
    }: pérdida de entrenamiento actual: { $train_loss }; pérdida de prueba: { $test_loss }{ $trend ->
        [falling] , todavía en descenso
        [flat] , estancada en una meseta
        [rising] , en aumento
       *[none] {""}
    }{ $correct ->
        [none] .
       *[other] ; puntos de prueba bien clasificados: { $correct } %.
    }

layers-rule-label = Regla de aprendizaje
layers-rule-note = { $rule ->
        [backprop] El error retrocede a través de la traspuesta de los pesos de ida: cada actualización sigue exactamente el gradiente verdadero (ángulo de 0°).
        [feedback-alignment] El error retrocede a través de una matriz aleatoria fija B en lugar de los pesos de ida, así que no hace falta ninguna copia de los pesos (Lillicrap et al. 2016).
       *[direct-feedback-alignment] El error de salida va directamente a cada capa oculta a través de su propia matriz aleatoria fija (Nøkland 2016); con una sola capa oculta, esto es alineamiento por retroalimentación.
    } Al cambiar de regla se vuelve a empezar desde los mismos pesos iniciales, para que las ejecuciones se puedan comparar en igualdad de condiciones.
layers-angle-readout = Ángulo con el gradiente
layers-angle-output-label = Ángulo con el gradiente verdadero
layers-angle-plot-label = Ángulo entre la actualización y el gradiente verdadero
layers-angle-description = El ángulo entre la actualización que esta regla hace de los pesos de las capas ocultas y el gradiente verdadero: { $start }° al principio, { $now }° en la época { $epoch }. Por debajo de 90°, la actualización sigue yendo cuesta abajo.
layers-angle-none = Todavía no hay ángulo.
layers-feedback-note = El camino de retroalimentación aleatoria no necesita ninguna copia de los pesos de ida, pero sigue siendo un camino de vuelta aparte que transporta un error preciso: más plausible que la retropropagación, pero no biológico.

layers-plane-heading = El plano
layers-plane-label = Salida de la red sobre el plano
layers-plane-description = { $linear ->
        [yes] Capas ocultas lineales: la frontera es una sola recta.
       *[no] { $shape }
    } Puntos de entrenamiento: { $train }, { $train_correct } % correctos; puntos de prueba: { $test }, { $test_correct } % correctos.
layers-legend-training = entrenamiento (rellenos)
layers-legend-test = prueba, reservados (huecos)
layers-layer-group = Capa oculta { $layer }
layers-remove-layer = Quitar la capa { $layer }
layers-add-layer = Añadir una capa oculta
layers-features-legend = Características de entrada
layers-data-two-classes = Dos clases
layers-data-several-classes = Tres o cuatro clases
layers-data-regression = Regresión: predecir un valor
layers-class-name = Clase { $class }
layers-per-class-label = Puntos de prueba bien clasificados en cada clase
layers-test-loss-label = Pérdida de prueba
layers-train-loss-readout = Pérdida de entrenamiento
layers-train-share-label = Puntos usados para entrenar
layers-noise-label = Ruido
layers-show-test = Mostrar los puntos de prueba
layers-discretise = Mostrar la salida en colores planos
layers-click-adds = Un clic en el plano añade
layers-new-value-label = Un punto de valor
layers-csv = Tus propios puntos en CSV
layers-csv-label = Un punto por línea: x1,x2,label; la etiqueta (label) es una clase de 0 a 3 o, para la regresión, un valor de −1 a 1
layers-regulariser-label = Regularización
layers-regulariser-l1 = L1 (muchos pesos a cero)
layers-regulariser-l2 = L2 (decaimiento de pesos)
layers-softmax-text = Con { $classes } clases, la red tiene una salida por clase, y la <strong>softmax</strong> convierte sus valores z en probabilidades que suman 1: p<sub>k</sub> = exp(z<sub>k</sub>) / Σ<sub>j</sub> exp(z<sub>j</sub>). El plano muestra la clase más probable, más pálida donde la red está menos segura. El entrenamiento minimiza la entropía cruzada, −ln p de la clase verdadera. Con dos clases, esto es la salida sigmoide con la que empezaste: la softmax de (z, 0) es la sigmoide de z para una clase y 1 menos la sigmoide para la otra.
layers-plane-class-regions = Clase { $class }: { $regions } ({ $share } % del plano).
layers-plane-nowhere = en ninguna parte
layers-plane-values = Predice valores de { $low } a { $high }; por encima de 0: { $regions }.
layers-plane-regression-description = { $shape } Puntos de entrenamiento: { $train }, pérdida { $train_loss }; puntos de prueba: { $test }, pérdida { $test_loss }.
layers-inhibitory-unit-button = Unidad { $name } (inhibidora): mostrar su salida y editar sus pesos
layers-legend-inhibitory = anillo doble: unidad inhibidora
layers-dale-title = Ley de Dale
layers-dale-switch = Cada unidad oculta, excitadora o inhibidora
layers-dale-share-label = Unidades inhibidoras
layers-dale-more = ¿Qué es la ley de Dale y qué cuesta?
layers-dale-text = La mayoría de las neuronas reales actúan igual en todas sus sinapsis: una neurona excitadora excita a todas las células a las que llega, y una inhibidora las inhibe (el principio de Dale, como lo llamó Eccles en 1954; algunas neuronas liberan dos neurotransmisores y no lo cumplen). Alrededor del 20 % de las neuronas corticales son inhibidoras (Markram et al. 2004, Nat Rev Neurosci 5:793). Los pesos salientes de una unidad artificial pueden tener cualquier signo. Con el interruptor activado, los pesos salientes de cada unidad oculta mantienen un solo signo (azul si es excitadora, bermellón si es inhibidora): un peso que el entrenamiento empujaría a cruzar el cero se queda en cero. Las redes restringidas de una forma tan simple aprenden peor que las libres; Cornford et al. (2021, «Learning to live with Dale's principle», ICLR) observaron que añadir unidades inhibidoras aparte, conectadas como las interneuronas corticales, las devuelve al nivel de las redes libres.
layers-dale-compare-button = Comparar: entrenar con la ley y sin ella ({ $epochs } épocas cada vez)
layers-dale-compared = Tras { $epochs } épocas desde el mismo punto de partida: sin la ley de Dale, { $free }; con ella ({ $share } % de unidades inhibidoras), { $bound }.
layers-dale-loss = pérdida de prueba { $loss }

## Dendrita: una neurona que calcula XOR

dendrite-title = Una neurona que calcula XOR
dendrite-lede = Un modelo de una dendrita cortical humana cuya espiga de calcio se debilita a medida que crece su entrada: dos entradas que por separado hacen disparar a la neurona no consiguen hacerla disparar cuando llegan juntas.
dendrite-kind-label = Dendrita
dendrite-strength-label = Intensidad s (nA)
dendrite-theta-label = Umbral θ (nA)
dendrite-tau-label = Decaimiento τ (nA)
dendrite-run-title = Dendrita y soma
dendrite-run-plot-label = Trazas de la dendrita y del soma
dendrite-run-description = Entradas x₁ = { $x1 }, x₂ = { $x2 }: la dendrita recibe { $input } nA y su espiga de calcio alcanza un máximo de { $amplitude } mV por encima del reposo; { $fires ->
        [yes] el soma dispara a los { $time } ms
       *[no] el soma se queda por debajo de su umbral y no dispara
    }.
dendrite-curve-title = La función de activación de la dendrita
dendrite-curve-plot-label = Amplitud del dCaAP en función de la entrada
dendrite-curve-description = { $kind ->
        [dcaap] El dCaAP es cero por debajo del umbral θ = { $theta } nA, salta a su valor máximo, { $max } mV, en θ, y luego disminuye a medida que crece la entrada: a diferencia de la sigmoide y la ReLU, que solo suben, esta activación vuelve a bajar.
       *[monotonic] La dendrita monótona sube bruscamente en torno a θ = { $theta } nA y se mantiene en su valor máximo, { $max } mV, para cualquier entrada más fuerte, como una sigmoide.
    } Una entrada ({ $one_input } nA) da { $one_amplitude } mV y las dos ({ $both_input } nA) dan { $both_amplitude } mV; el soma dispara por encima de { $firing } mV.
dendrite-model-text = El modelo: no hay espiga de calcio por debajo del umbral dendrítico θ; en el umbral o por encima, hay una espiga de amplitud A(I) = A_max · e^(−(I − θ)/τ), con un curso temporal fijo de unas decenas de milisegundos, que excita un soma de integración y disparo a través de una corriente de acoplamiento. Cada entrada activa aporta la misma corriente s, así que la dendrita recibe 0, s o 2s. Sube τ, o debilita las entradas hasta que las dos juntas sigan cerca del umbral, y XOR se convierte en OR; debilítalas por debajo de θ y se convierte en AND. Cambia a la dendrita monótona: pongas lo que pongas, solo aparecen AND u OR.
dendrite-source-text = La fuente: Gidon et al. 2020 (Science 367:83) registraron estas espigas de calcio graduadas (dCaAP) en cortes de corteza humana, capas 2 y 3, y mostraron con un modelo basado en la curva medida que una sola de estas neuronas puede calcular XOR. Ese XOR se demostró en el modelo; no se registró como XOR en un cerebro vivo. Antes, Poirazi, Brannon & Mel (2003, Neuron 37:989) habían mostrado, en un modelo detallado de una neurona piramidal, que sus dendritas se comportan por sí solas como una red de dos capas. Los parámetros de aquí son ilustrativos, elegidos para mostrar el efecto, no ajustados a una célula concreta.

dendrite-table-caption = Tabla de verdad de la simulación: elige una fila para ver su ejecución
dendrite-amplitude-column = dCaAP (mV)
dendrite-soma-column = soma
dendrite-soma-fires = dispara
dendrite-soma-silent = en silencio
dendrite-row-label = { $fired ->
        [yes] { dendrite-soma-fires }
       *[no] { dendrite-soma-silent }
    }: x₁ = { $x1 }, x₂ = { $x2 }, mostrar sus trazas
dendrite-gate-readout = Función lógica de esta neurona: { $gate }. { $meaning }
dendrite-gate-xor = Dispara solo cuando hay exactamente una entrada activa: algo que ninguna neurona artificial por sí sola puede hacer con una activación creciente.
dendrite-gate-or = Basta con una entrada, y con las dos también dispara: una neurona artificial también puede hacerlo.
dendrite-gate-and = Solo dispara cuando las dos entradas están activas: una neurona artificial también puede hacerlo.
dendrite-gate-never = Nunca dispara: ningún patrón lleva el dCaAP por encima del nivel de disparo del soma.
dendrite-gate-always = Siempre dispara, incluso sin ninguna entrada.
dendrite-gate-other = Una función que no es ni AND, ni OR, ni XOR.

## Biological neuron lab

bio-primer-title = Registra una neurona biológica
bio-primer-lede = Una neurona real integra la corriente a lo largo del tiempo y, cuando su membrana cruza un umbral, dispara una espiga de tamaño casi fijo. Inyecta corriente, encuentra el umbral y prueba dos pulsos muy seguidos.
bio-timing-title = Las espigas ocurren en el tiempo
bio-timing-explain = Un solo número frente a un tren de espigas: la frecuencia del tren sube y baja con la salida de la neurona artificial, pero cada ejecución da espigas en instantes distintos, y una entrada negativa no puede ser una frecuencia negativa.
bio-bridge-title = Frecuencias, y cómo aprenden las sinapsis

## Biological neuron lab: the two neuron models and the stimulus shapes

bio-model-hh = Hodgkin-Huxley (axón de calamar)
bio-model-lif = Integración y disparo con fuga
bio-stimulus-pulse = Pulso único
bio-stimulus-paired = Pulsos pareados
bio-stimulus-train = Tren de pulsos
bio-stimulus-step = Escalón (corriente constante)

## Biological neuron lab: the anatomy drawing

bio-anatomy-title = Anatomía de una neurona
bio-anatomy-description = Las dendritas reciben las entradas (las entradas artificiales xᵢ) a través de las sinapsis (los pesos wᵢ); el cuerpo celular las suma (la suma ponderada); el cono axónico decide si disparar (la función de activación, un umbral); el axón lleva la espiga a las células siguientes (la salida y). Ahora la membrana está a { $v } mV. { $spike ->
        [none] No hay ninguna espiga en camino.
       *[travelling] Una espiga recorre el axón: lleva el { $percent } % del trayecto.
    }
bio-anatomy-dendrites = dendritas y sinapsis
bio-anatomy-dendrites-artificial = = entradas xᵢ y pesos wᵢ
bio-anatomy-soma = cuerpo celular
bio-anatomy-soma-artificial = = suma ponderada Σ
bio-anatomy-hillock = cono axónico
bio-anatomy-hillock-artificial = = activación f (umbral)
bio-anatomy-axon = axón
bio-anatomy-axon-artificial = = salida y

## Biological neuron lab: the stimulus and playback

bio-stimulus-title = Estímulo (fijación de corriente)
bio-model-label = Modelo de neurona
bio-stimulus-label = Estímulo
bio-amplitude-label = Amplitud ({ $unit })
bio-width-label = Duración del pulso (ms)
bio-interval-label = Intervalo (ms)
bio-playback = Reproducción
bio-play = Reproducir
bio-back = Retroceder 1 ms
bio-step = Avanzar 1 ms
bio-new-sweep = Nuevo barrido
bio-time-label = Tiempo (ms)
bio-readout = En t = { $t } ms: V = { $v } mV, corriente inyectada { $i } { $unit }.
bio-time-spoken = { $t } ms: { $v } mV
bio-noise-label = Ruido ({ $unit })
bio-sound = Sonido: un clic por espiga durante la reproducción
bio-speed-label = Velocidad
bio-speed-slow = Cámara lenta (10 ms/s)
bio-speed-normal = Normal (25 ms/s)
bio-speed-fast = Rápida (100 ms/s)

## Biological neuron lab: the recording

bio-trace-title = Potencial de membrana
bio-trace-plot = Traza del potencial de membrana
bio-under-the-hood = Bajo el capó: mostrar las compuertas de los canales iónicos (Hodgkin-Huxley)
bio-gates-plot = Compuertas de los canales iónicos
bio-gates-description = Compuertas durante el barrido: la activación del sodio m llega a un máximo de { $m_peak }, la inactivación del sodio h baja hasta { $h_low } y la activación del potasio n llega a un máximo de { $n_peak }.
bio-currents-plot = Corrientes iónicas
bio-currents-description = Corrientes iónicas durante el barrido: la corriente de sodio llega a { $inward } µA/cm² hacia dentro y la de potasio a { $outward } µA/cm² hacia fuera.
bio-raster = Ráster de espigas
bio-raster-description = Ráster { $sweeps ->
        [one] del último barrido
       *[other] de los últimos { $sweeps } barridos
    }: { $spikes ->
        [one] { $spikes } espiga
       *[other] { $spikes } espigas
    } en total, con una frecuencia media de { $rate } Hz.

## Biological neuron lab: the firing rate against the input current (f-I curve)

bio-fi-title = Frecuencia de disparo: una función de activación
bio-fi-model-label = Modelo
bio-fi-plot = Frecuencia de disparo frente a la corriente de entrada
bio-fi-description = Frecuencia de disparo frente a una corriente de entrada constante en el modelo { $model }: en silencio hasta { $silent } { $unit }, { $rate } Hz a { $top } { $unit }.{ $shape ->
        [jump] { " " }Empieza de golpe: pasa del silencio a { $first_rate } Hz en { $first } { $unit } (excitabilidad de clase 2, en términos de Hodgkin), un salto que ninguna ReLU puede ajustar.
        [fit] { " " }El ajuste ReLU empieza en { $onset } { $unit } y sube { $gain } Hz por cada { $unit }.
       *[none] { "" }
    }
bio-fi-note = Promediada en el tiempo, la frecuencia de una neurona que dispara espigas crece con su entrada y luego se estabiliza (el período refractario la limita), un poco como una ReLU o una sigmoide. En ese sentido la salida de una neurona artificial es una frecuencia de disparo. Pero las formas difieren: la frecuencia de la neurona de integración y disparo crece desde cero a partir de 1,5 nA, aunque con una pendiente muy fuerte, mientras que el modelo de Hodgkin-Huxley salta del silencio directamente a unos 50 Hz cerca de 6,3 µA/cm² (clase 2 en la terminología de Hodgkin; el axón de calamar a 6,3 °C), así que ninguna ReLU se ajusta bien a él. Y la salida real sigue siendo un tren de espigas de todo o nada en el tiempo; el número es un promedio al que la neurona artificial salta directamente.

## Biological neuron lab: spike-timing-dependent plasticity (STDP)

bio-stdp-title = Cómo aprende una sinapsis real
bio-stdp-plot = Ventana de la plasticidad dependiente de la temporización de las espigas
bio-stdp-description = La ventana de la STDP: cambio de peso frente al retardo entre la espiga presináptica y la postsináptica. Los retardos positivos refuerzan la sinapsis y los negativos la debilitan, con un efecto que se desvanece con una constante de tiempo de 20 ms; el círculo marca el retardo elegido.
bio-stdp-delay-label = Retardo de pre a post (ms)
bio-stdp-potentiation = La neurona presináptica dispara { $delay } ms antes que la postsináptica: la sinapsis se refuerza en { $change } por emparejamiento (potenciación).
bio-stdp-depression = La neurona presináptica dispara { $delay } ms después que la postsináptica: la sinapsis se debilita en { $change } por emparejamiento (depresión).
bio-stdp-simultaneous = Espigas simultáneas: ningún cambio.
bio-stdp-repeat = Repetir el emparejamiento
bio-stdp-pair-more = { $n ->
        [one] Emparejar { $n } vez más
       *[other] Emparejar { $n } veces más
    }
bio-stdp-start-again = Empezar de nuevo
bio-stdp-weights-plot = Peso tras emparejamientos y pasos de gradiente repetidos
bio-stdp-trajectory = Tras { $n ->
        [one] { $n } emparejamiento
       *[other] { $n } emparejamientos
    } a { $delay } ms, el peso de la sinapsis es { $weight } (partía de { $start }); tras { $n ->
        [one] { $n } paso de gradiente
       *[other] { $n } pasos de gradiente
    } hacia la salida 1, el peso artificial es { $artificial }.
bio-compare-caption = Plasticidad dependiente de la temporización de las espigas y descenso del gradiente
bio-compare-aspect = Aspecto
bio-compare-stdp = STDP (sinapsis)
bio-compare-gradient = Descenso del gradiente (artificial)
bio-compare-signal = Señal que usa
bio-compare-signal-stdp = La temporización de dos espigas en esta sinapsis
bio-compare-signal-gradient = El error de la salida de toda la red
bio-compare-reach = Alcance
bio-compare-reach-stdp = Local: los instantes de las dos espigas en esta sinapsis (en el cerebro, el cambio a menudo depende también de un neuromodulador: un tercer factor)
bio-compare-reach-gradient = Global: el error se envía hacia atrás a través de todas las capas
bio-compare-follows = En qué se guía
bio-compare-follows-stdp = La causalidad en el tiempo: ¿contribuyó esta entrada a causar la espiga?
bio-compare-follows-gradient = La pendiente de una pérdida: ¿en qué dirección disminuye el error?
bio-compare-backward = Pasada hacia atrás
bio-compare-backward-stdp = Ninguna: no se envía ningún error hacia atrás (lo que viaja de vuelta hacia las dendritas es la propia espiga de salida)
bio-compare-backward-gradient = Retropropagación, con gradientes precisos

## Biological neuron lab: two inputs in time (coincidence)

bio-coincidence-title = La temporización importa
bio-coincidence-note = Dos entradas excitadoras llegan a una neurona de integración y disparo. Con la intensidad predeterminada, ninguna de las dos basta por sí sola para hacerla disparar. Sepáralas en el tiempo.
bio-coincidence-delay-label = Retardo entre las entradas (ms)
bio-coincidence-strength-label = Intensidad de cada entrada (nA)
bio-coincidence-plot = Traza temporal de las dos entradas
bio-coincidence-artificial = Neurona artificial con función escalón, x₁ = x₂ = 1, w₁ = w₂ = { $w }, b = { $b }: z = { $z } → salida { $y } ({ $state ->
        [fires] dispara
       *[silent] en silencio
    }), con este retardo y con cualquier otro.

## Biological neuron lab: the same inputs into both neurons

bio-same-title = Las mismas entradas, dos neuronas
bio-same-note = La neurona del explorador de arriba, de las dos maneras. Cada entrada xᵢ se convierte en un tren de espigas aleatorio (de Poisson) a xᵢ × { $rate } Hz; cada peso wᵢ, en la corriente que inyecta cada una de sus espigas (wᵢ × { $charge } nA; si es negativa, inhibidora); el sesgo, en una corriente constante. Cambia el explorador y observa las dos respuestas.
bio-same-artificial = Neurona artificial
bio-same-artificial-output = Salida de la neurona artificial
bio-same-lif = Neurona de integración y disparo
bio-same-biological-output = Salida de la neurona biológica
bio-same-rate = { $n ->
        [one] { $n } espiga
       *[other] { $n } espigas
    } en { $ms } ms: { $hz } Hz
bio-same-plot = Trenes de espigas de entrada y de salida
bio-train-input = entrada x{ $i }
bio-train-output = salida
bio-same-input-train = la entrada x{ $i } dispara { $n ->
        [one] { $n } espiga
       *[other] { $n } espigas
    }
bio-list-separator = { ", " }
bio-same-description = Trenes de espigas durante { $ms } ms: { $inputs }; la neurona de integración y disparo responde con { $n ->
        [one] { $n } espiga
       *[other] { $n } espigas
    } ({ $hz } Hz).
bio-same-new-trains = Nuevos trenes de espigas aleatorios

## Challenges

challenge-list-title = Retos
challenge-hint = Pista
challenge-state-solved = (resuelto)
challenge-state-open = (aún sin resolver)
challenge-nand-table-caption = La salida de la neurona para cada par de entradas (los dos primeros pesos y el sesgo)
challenge-nand-table-output = salida
challenge-nand-table-nand = NAND

challenge-goal-reached = Objetivo conseguido.
challenge-rows-wrong = { $n ->
        [one] Todavía falla una fila o un punto.
       *[other] Todavía fallan { $n } filas o puntos.
    }
challenge-accuracy-short = A la exactitud de prueba le faltan { $points } puntos para llegar al 90 %.

challenge-threshold-title = Encuentra el umbral
challenge-threshold-goal = Con el modelo de Hodgkin-Huxley, un único pulso de 1 ms y sin ruido, deja la amplitud en el valor más pequeño que todavía provoca una espiga.
challenge-threshold-hint = Baja la amplitud paso a paso (las teclas de flecha la mueven de 0,5 en 0,5). La espiga mantiene su altura hasta que, de golpe, desaparece: el último valor con espiga es la respuesta.
challenge-threshold-setup = Configura: Hodgkin-Huxley, un pulso único de 1 ms de duración, ruido 0.
challenge-threshold-below = Ninguna espiga: este pulso está por debajo del umbral.
challenge-threshold-far = Dispara, muy por encima del umbral.
challenge-threshold-close = Dispara, cerca del umbral: baja un poco más.

challenge-refractory-title = Encuentra el período refractario
challenge-refractory-goal = Con el modelo de Hodgkin-Huxley, pulsos pareados y sin ruido, ajusta el intervalo más corto que todavía da una segunda espiga (con un error máximo de 1 ms).
challenge-refractory-hint = Empieza en 20 ms y acorta el intervalo. Cuando desaparezca la segunda espiga, vuelve a subir paso a paso.
challenge-refractory-setup = Configura: Hodgkin-Huxley, pulsos pareados, ruido 0 y una amplitud que dispare.
challenge-refractory-below = Solo una espiga: el segundo pulso llega demasiado pronto.
challenge-refractory-far = Dos espigas, con margen de sobra: acorta el intervalo.
challenge-refractory-close = Dos espigas, cerca del límite: acórtalo un poco más.

challenge-fire-50-title = Dispara a 50 Hz
challenge-fire-50-goal = Haz que la neurona de integración y disparo dispare a 50 ± 2 espigas por segundo con una corriente en escalón y sin ruido.
challenge-fire-50-hint = Justo por encima de 1,5 nA (donde la neurona empieza a disparar), la frecuencia sube muy deprisa, más que los pasos de 0,5 nA del control deslizante: escribe en la casilla numérica una amplitud entre dos pasos.
challenge-fire-50-setup = Configura: integración y disparo, una corriente en escalón, ruido 0.
challenge-fire-50-far-fast = Mucho más rápido de la cuenta: baja la corriente.
challenge-fire-50-fast = Un poco más rápido de la cuenta.
challenge-fire-50-far-slow = Mucho más lento de la cuenta: sube la corriente.
challenge-fire-50-slow = Un poco más lento de la cuenta.

challenge-target-output-title = Consigue 0,25
challenge-target-output-goal = Con la sigmoide y las entradas del ejemplo resuelto (0,5; 0,3; 0,8), haz que la salida sea 0,25 (± 0,005) cambiando solo los pesos y el sesgo.
challenge-target-output-hint = σ(z) = 0,25 cuando z = ln(0,25 / 0,75) ≈ −1,10. Calcula qué sesgo hace que w · x + b valga eso.
challenge-target-output-setup = Configura: la sigmoide, con las entradas del ejemplo resuelto.
challenge-target-output-far = La salida está lejos de 0,25.
challenge-target-output-high = Cerca, pero un poco alta.
challenge-target-output-low = Cerca, pero un poco baja.

challenge-nand-title = Haz que la neurona calcule NAND
challenge-nand-goal = Con la función escalón y dos entradas, elige los pesos y un sesgo para que la salida sea 1 salvo cuando las dos entradas valen 1.
challenge-nand-hint = Para las entradas (0, 0), el sesgo decide por sí solo la salida: hazlo positivo. Después, cada peso tiene que ser negativo, y los dos juntos tienen que pesar más que el sesgo.
challenge-nand-setup = Configura: la función escalón y exactamente dos entradas.

challenge-and-by-hand-title = Separa AND a mano
challenge-and-by-hand-goal = Con los datos de AND, acierta los cuatro puntos arrastrando la recta o los pesos, sin entrenar.
challenge-and-by-hand-hint = Solo (1, 1) pertenece a la clase. Arrastra la recta para que separe la esquina (1, 1) y deje los otros tres puntos al otro lado.
challenge-and-by-hand-setup = Configura: los datos de AND, sin la entrada del producto y sin entrenamiento previo («Restablecer pesos» lo borra).

challenge-xor-one-neuron-title = Una neurona, XOR
challenge-xor-one-neuron-goal = Acierta los cuatro puntos de XOR con esta única neurona.
challenge-xor-one-neuron-hint = Ninguna recta en (x₁, x₂) lo consigue. Dale a la neurona la entrada adicional x₁·x₂ (la casilla bajo los datos) y luego entrena, o ajusta los pesos a mano.
challenge-xor-one-neuron-setup = Configura: los datos de XOR.

challenge-blow-up-title = Hazlo explotar y recupéralo
challenge-blow-up-goal = Haz que un entrenamiento diverja, para que la página lo detecte, y luego recupera los pesos.
challenge-blow-up-hint = Elige el descenso del gradiente con error cuadrático y la mayor tasa de aprendizaje, y en «Más ajustes» la activación lineal; luego entrena. Cuando la página diga que los pesos han explotado, usa su botón para volver atrás.
challenge-blow-up-setup = Primero haz que un entrenamiento diverja.
challenge-blow-up-caught = Detectado: ahora recupera los pesos.

challenge-small-network-title = La red más pequeña
challenge-small-network-goal = Alcanza al menos un 90 % de exactitud de prueba en el círculo con 3 unidades ocultas como máximo en total, entrenando con retropropagación.
challenge-small-network-hint = Una capa oculta de tres unidades tanh puede dibujar un triángulo alrededor del anillo interior. Elige una capa y tres unidades, sube la tasa de aprendizaje a 0,3 y entrena.
challenge-small-network-setup = Configura: el círculo, retropropagación y como mucho 3 unidades ocultas en total.

challenge-no-backprop-title = Aprende sin retropropagación
challenge-no-backprop-goal = Alcanza al menos un 90 % de exactitud de prueba en el círculo con alineamiento por retroalimentación o alineamiento por retroalimentación directa.
challenge-no-backprop-hint = Elige la regla de aprendizaje en «Más ajustes» y entrena la red predeterminada; con la tasa de aprendizaje predeterminada va lento, así que súbela a 0,3.
challenge-no-backprop-setup = Configura: el círculo y una regla de aprendizaje distinta de la retropropagación.

challenge-weaken-synapse-title = Debilita la sinapsis
challenge-weaken-synapse-goal = Repite emparejamientos hasta que el peso sináptico baje de 0,30.
challenge-weaken-synapse-hint = Solo uno de los dos órdenes de las espigas debilita una sinapsis: haz que la espiga presináptica llegue después de la postsináptica (un Δt negativo) y luego empareja.
challenge-weaken-synapse-setup = Empareja las espigas para cambiar el peso.
challenge-weaken-synapse-far = El peso sigue muy por encima de 0,30.
challenge-weaken-synapse-close = Te acercas a 0,30.

challenge-dendrite-and-title = Convierte XOR en AND
challenge-dendrite-and-goal = Cambia la dendrita para que la neurona dispare solo cuando las dos entradas estén activas.
challenge-dendrite-and-hint = Con entradas más débiles, una sola entrada ya no alcanza el umbral de la dendrita, pero dos juntas sí. Baja la intensidad s.
challenge-dendrite-and-setup = Cambia los ajustes de la dendrita.

challenge-just-in-time-title = Justo a tiempo
challenge-just-in-time-goal = Ajusta el mayor retardo entre las dos entradas que todavía hace disparar a la neurona (con un error máximo de 1 ms).
challenge-just-in-time-hint = Alarga el retardo hasta que desaparezca la espiga y luego vuelve un paso atrás. El efecto de cada entrada se desvanece con la constante de tiempo de 10 ms de la membrana.
challenge-just-in-time-setup = Con esta intensidad dispara incluso el retardo más largo (o no dispara ninguno): cambia la intensidad.
challenge-just-in-time-below = Ninguna espiga: las entradas están demasiado separadas.
challenge-just-in-time-far = Dispara, con margen de sobra: alarga el retardo.
challenge-just-in-time-close = Dispara, cerca del límite: alárgalo un poco más.

## Predictions

predict-legend = <strong>Haz tu predicción y luego ejecútalo.</strong> { $question }
predict-run = Ejecutar
predict-verdict-right = Predijiste «{ $choice }», y eso es lo que ocurrió. { $explanation }
predict-verdict-wrong = Predijiste «{ $choice }»; lo que ocurrió es «{ $happened }». { $explanation }

predict-spike-height-question = Un pulso de 1 ms y 10 µA/cm² dispara una espiga. Duplica el pulso a 20 µA/cm²: ¿qué le pasa a la espiga?
predict-spike-height-taller = Es aproximadamente el doble de alta
predict-spike-height-same = Tiene aproximadamente la misma altura
predict-spike-height-none = No hay espiga
predict-spike-height-explanation = En el modelo, la espiga tras un pulso de 10 µA/cm² alcanzó un máximo de { $weak } mV, y tras un pulso de 20 µA/cm², de { $strong } mV: una diferencia de { $apart } mV.{ $both_spiked ->
        [yes] { " " }El pulso más fuerte solo hizo que empezara { $sooner } ms antes.
       *[no] {""}
    } Una vez superado el umbral, la retroalimentación positiva de los canales de sodio lleva la espiga hasta su propio tamaño: todo o nada. El registro muestra ahora el pulso de 20 µA/cm².

predict-doubling-question = Con el ejemplo resuelto y la sigmoide, duplica todos los pesos y el sesgo. ¿Qué hace la salida?
predict-doubling-doubles = Se duplica
predict-doubling-less = Sube, pero menos del doble
predict-doubling-falls = Baja
predict-doubling-explanation = z pasó de { $z1 } a { $z2 }, exactamente el doble, pero la salida solo de { $y1 } a { $y2 }. La sigmoide comprime: cuanto más cerca de 1 está la salida, menos puede añadir una z mayor. El explorador muestra ahora los pesos duplicados.

predict-xor-question = Dale a una neurona los datos de XOR y deja que entrene todo lo que quiera. ¿Acertará todos los puntos?
predict-xor-yes = Sí, con suficientes épocas
predict-xor-no = No, siempre queda algún punto mal
predict-xor-rate = Solo con una tasa de aprendizaje mayor
predict-xor-explanation = La neurona entrenó durante { $epochs ->
        [one] { $epochs } época
       *[other] { $epochs } épocas
    }, hasta que su pérdida dejó de mejorar; en su mejor momento acertaba { $best } de { $total } puntos. Una neurona traza una sola recta, y ninguna recta deja las esquinas de XOR (0, 1) y (1, 0) a un lado y (0, 0) y (1, 1) al otro. Entrenar más tiempo, o más deprisa, no puede cambiar eso; el reto de abajo muestra qué sí puede cambiarlo.

predict-dale-question = La red predeterminada (4 y 2 unidades tanh), entrenada con el círculo durante 300 épocas con una tasa de aprendizaje de 0,3, lo aprende. Activa la ley de Dale (el 20 % de las unidades de cada capa, inhibidoras; el resto, excitadoras) y entrena la misma red desde el mismo punto de partida. ¿Qué ocurre?
predict-dale-as-well = Aprende el círculo igual de bien
predict-dale-less-well = Aprende, pero peor
predict-dale-not-at-all = No puede aprender el círculo en absoluto
predict-dale-explanation = Tras { $epochs } épocas desde el mismo punto de partida, la red libre alcanzó un { $free } % de exactitud de prueba, y la sometida a la ley de Dale, un { $bound } %. Cada peso que la ley retiene se queda en cero en lugar de cambiar de signo, así que la red tiene menos maneras de moverse y puede acabar en una frontera peor; aquí, la única unidad inhibidora de la primera capa y las dos excitadoras de la segunda tienen que dar forma a la salida entre las tres. La restricción cuesta algo, pero no impide aprender, como observaron Cornford et al. (2021) en redes así. El widget de capas muestra ahora la red sometida a la ley: prueba con más unidades o pulsa «Comparar».
predict-linear-question = Una capa oculta de ocho unidades, con todas las activaciones lineales, entrenada con el círculo. ¿Qué tal lo hará?
predict-linear-plenty = Bien: ocho unidades son de sobra
predict-linear-line = No lo hará mejor que una sola recta
predict-linear-second-layer = Bien, pero solo con una segunda capa
predict-linear-explanation = Tras 300 épocas, las ocho unidades lineales alcanzaron un { $accuracy } % de exactitud de prueba en el círculo, donde tirar una moneda al aire acierta alrededor del 50 %. Sus capas, al multiplicarse entre sí, se reducen a una sola transformación lineal, así que la frontera es una sola recta, por muchas unidades que haya. Cualquier recta corta tanto el disco como el anillo que lo rodea, así que aquí ninguna recta lo hace mucho mejor que el azar; y la recta que encuentra el entrenamiento hace pequeño el error cuadrático, no el número de fallos, de modo que con { $points } puntos de prueba su exactitud queda en torno al 50 %, tanto por debajo como por encima. El widget de capas muestra ahora esta red: vuelve a poner la activación tanh y entrena de nuevo.

predict-timing-question = Las mismas dos entradas llegan a la neurona biológica con 2 ms de separación y luego con 30 ms. ¿Con cuál dispara, y cambia la respuesta de la neurona artificial?
predict-timing-both = Dispara en los dos casos; la respuesta artificial no cambia
predict-timing-close = Solo dispara con 2 ms de separación; la respuesta artificial no cambia
predict-timing-apart = Solo dispara con 30 ms de separación; la respuesta artificial cambia
predict-timing-neither = No dispara en ningún caso
predict-timing-explanation = Con { $strength } nA cada una, la neurona { $close ->
        [fired] alcanzó el umbral de −50 mV y disparó
       *[silent] se quedó en silencio (su membrana llegó como máximo a { $close_peak } mV, por debajo del umbral de −50 mV)
    } con las entradas separadas 2 ms, y { $apart ->
        [fired] alcanzó el umbral de −50 mV y disparó
       *[silent] se quedó en silencio (su membrana llegó como máximo a { $apart_peak } mV, por debajo del umbral de −50 mV)
    } con ellas separadas 30 ms: el efecto de la primera entrada se desvanece (la constante de tiempo de la membrana es de 10 ms) antes de que llegue la segunda. La f(w · x + b) de la neurona artificial no contiene el tiempo: da la misma salida con los dos retardos. El widget muestra ahora el caso de 30 ms.

predict-dendrite-question = Una sola entrada activa hace disparar a esta neurona. Activa las dos entradas, es decir, el doble de corriente hacia la dendrita: ¿qué hace su espiga de calcio?
predict-dendrite-grows = Crece: más entrada, una espiga dendrítica mayor
predict-dendrite-shrinks = Se reduce, y el soma se queda en silencio
predict-dendrite-same = Se queda del mismo tamaño
predict-dendrite-explanation = Con la dendrita predeterminada, una entrada ({ $one_input } nA) da una espiga de calcio de { $one_spike } mV y el soma { $one_soma ->
        [fires] dispara
       *[silent] se queda en silencio
    }; las dos entradas ({ $both_input } nA) dan { $both_spike } mV y el soma { $both_soma ->
        [fires] dispara
       *[silent] se queda en silencio
    }. La espiga de esta dendrita es máxima justo por encima de su umbral y más débil cuanto más fuerte es la entrada, así que la neurona resuelve XOR. El widget muestra ahora las dos entradas activas.

predict-perceptron-question = El perceptrón de Rosenblatt era una unidad de umbral que aprendía de sus errores. Dale a uno los datos de OR: ¿los aprenderá?
predict-perceptron-few = Sí, en pocas épocas
predict-perceptron-cannot = No: una unidad de umbral no tiene pendiente que seguir, así que no puede aprender
predict-perceptron-thousands = Solo si se le dan miles de épocas
predict-perceptron-explanation = La regla del perceptrón (Rosenblatt 1958) movía la recta de una unidad de umbral tras cada error; tras { $epochs ->
        [one] { $epochs } época
       *[other] { $epochs } épocas
    } acertaba { $correct } de { $total } puntos de OR{ $learned ->
        [yes] { " " }y se detuvo
       *[no] {""}
    }. Para datos que una recta puede separar, está demostrado que la regla encuentra una recta así en un número finito de pasos (el teorema de convergencia del perceptrón; Novikoff 1962); XOR no es un caso así. El widget de la frontera de decisión de la sección 3 muestra ahora esta ejecución.

predict-repeat-question = Dale dos veces la misma entrada a la neurona del explorador y a una neurona que dispara espigas. ¿Responde cada una lo mismo las dos veces?
predict-repeat-same = Las dos responden exactamente lo mismo las dos veces
predict-repeat-timing = La artificial se repite exactamente; la que dispara espigas dispara distinto cada vez
predict-repeat-vary = Las dos varían de una ejecución a otra
predict-repeat-spike-times = { $count ->
        [0] ninguna espiga
        [1] la primera espiga a { $t1 } ms
        [2] las primeras espigas a { $t1 } y { $t2 } ms
       *[other] las primeras espigas a { $t1 }, { $t2 } y { $t3 } ms
    }
predict-repeat-explanation = La neurona artificial dio { $output } las dos veces. Con las mismas entradas convertidas en trenes de espigas aleatorios (de Poisson), la neurona de integración y disparo disparó a { $first_rate } Hz y luego a { $second_rate } Hz (la primera vez, { $first_spikes }; la segunda, { $second_spikes }). La frecuencia de un tren de espigas transmite la entrada de forma aproximada, y su temporización exacta cambia cada vez.

## Progress

progress-summary = Tu progreso{ $challenges ->
        [on] : { $n } de { $total } retos
       *[off] {""}
    }{ $quiz ->
        [before] , cuestionario antes { $before }/10
        [after] , después { $after }/10
        [both] , cuestionario antes { $before }/10, después { $after }/10
       *[none] {""}
    }
progress-section-biological = 1. La neurona biológica
progress-section-artificial = 2. La neurona artificial
progress-section-holds = 3. Dónde se sostiene la analogía
progress-section-breaks = 4. Dónde se rompe
progress-section-count = { $section }: { $solved } de { $total }
progress-kept = Se guarda en este navegador para tu próxima visita.
progress-not-kept = Este navegador no deja que la página guarde tu progreso (una ventana privada, o una página incrustada con el almacenamiento bloqueado): solo dura esta visita. Copia tu código de progreso para conservarlo.
progress-code-label = Tu código de progreso, para entregar:
progress-code-name = Código de progreso
progress-reset-button = Borrar mi progreso
progress-copy-code = Copiar el código de progreso
progress-reset-confirm = ¿Olvidar todos los retos resueltos y las dos puntuaciones del cuestionario? No se puede deshacer.
progress-reset-yes = Sí, olvidarlos
progress-reset-cancel = Conservar mi progreso
progress-solved-announcement = Reto resuelto: { $title }. Queda marcado en tu progreso.
progress-reset-announcement = Se ha borrado tu progreso.

## Quiz

quiz-question-legend = { $n }. { $prompt }
quiz-legend-before = (antes de la lección)
quiz-right = Correcto.
quiz-not-quite = No del todo.
quiz-feedback-after = <strong>{ $mark }</strong> La respuesta: «{ $answer }». { $explanation } <a href="#{ $target }">Míralo en: { $section }</a>
quiz-check-button = Comprobar mis respuestas
quiz-restart-button = Empezar de nuevo
quiz-score = Has acertado { $n } de { $total }.
quiz-unanswered = { $n ->
        [one] { $n } pregunta sin responder cuenta como errónea.
       *[other] { $n } preguntas sin responder cuentan como erróneas.
    }
quiz-explained-after = Las respuestas se explican en el cuestionario de después de la lección.
quiz-score-before = Antes de la lección acertaste { $before }: un cambio de { $change }.

quiz-q1-text = Una neurona artificial calcula y = f(w · x + b). ¿Qué correspondencia con la neurona biológica establece la analogía?
quiz-q1-a = Los pesos w ↔ el axón, que lleva las señales entre células
quiz-q1-b = La suma ponderada más el sesgo ↔ el cuerpo celular, que suma sus entradas
quiz-q1-c = La función de activación f ↔ las sinapsis, que dejan pasar las señales o no
quiz-q1-d = La salida y ↔ las dendritas, por donde la señal sale de la célula
quiz-q1-explain = Las entradas x representan las señales que llegan a las dendritas; los pesos w, la fuerza de las sinapsis; w · x + b, el cuerpo celular que suma sus entradas; la activación f, la decisión de disparar al comienzo del axón (el cono axónico y el segmento inicial); y la salida y, la señal enviada a lo largo del axón (Purves et al., Neuroscience). Los pesos corresponden a las sinapsis, no al axón, que lleva la única salida de la neurona hasta otras células. La activación es la decisión de disparar, no la sinapsis, y las dendritas reciben señales en lugar de enviarlas.
quiz-q1-see = Construye una neurona artificial

quiz-q2-text = Una corriente constante hace que la neurona de Hodgkin-Huxley de esta página dispare un tren de espigas. Subes un poco la corriente. ¿Qué cambia?
quiz-q2-a = Cada espiga se hace más alta, en proporción a la corriente
quiz-q2-b = Nada: una vez que una neurona dispara, una entrada más fuerte no añade nada
quiz-q2-c = La salida pasa a ser un voltaje continuo que sube con la corriente, como una sigmoide
quiz-q2-d = Las espigas llegan antes y con más frecuencia; cada una mantiene más o menos el mismo tamaño, o se hace un poco más pequeña
quiz-q2-explain = Una vez superado el umbral, el tamaño de una espiga lo fijan los canales de sodio y potasio de la membrana, no el estímulo: la espiga que se inicia en el segmento inicial del axón es de todo o nada (Hodgkin & Huxley 1952, J Physiol 117:500). Una entrada más fuerte se nota en espigas que llegan antes y con más frecuencia, así que la intensidad se transmite con la frecuencia y la temporización de las espigas, no con su altura; con corrientes fuertes, las espigas de este modelo incluso se encogen, y con corrientes aún más fuertes, más allá del control deslizante del laboratorio, el modelo deja de disparar por completo (bloqueo por despolarización). Su frecuencia tampoco crece suavemente desde cero: el modelo de Hodgkin-Huxley es de clase 2 (Hodgkin 1948, J Physiol 107:165), así que el disparo sostenido empieza de golpe, a unos 50 Hz, cerca de 6,3 µA/cm² (el axón de calamar a 6,3 °C). La salida de la neurona sigue siendo un tren de espigas; el número continuo y suave es la forma de trabajar de la neurona artificial, a la que la curva de frecuencia de disparo de la página solo se aproxima promediando.
quiz-q2-see = Registra una neurona biológica

quiz-q3-text = Todas las capas ocultas de una red usan la activación lineal f(z) = z. ¿Qué le pasa a su frontera de decisión al añadir capas?
quiz-q3-a = Sigue siendo una sola recta: las capas, al multiplicarse entre sí, se reducen a una sola transformación lineal
quiz-q3-b = Se curva más con cada capa añadida, ya que la profundidad da más potencia
quiz-q3-c = Al principio sigue recta, pero se curva si entrenas lo suficiente
quiz-q3-d = Se curva en cuanto cada capa tiene suficientes unidades
quiz-q3-explain = Con f(z) = z, cada capa calcula W·a + b, y una cadena de transformaciones así se reduce, al multiplicarse, a una sola transformación de la misma forma; por tanto, cualquier número de capas lineales, de cualquier anchura, equivale a una sola capa y traza una única frontera recta. Ningún valor de los pesos da una curva, así que entrenar más tiempo tampoco ayuda. Lo que permite que la frontera se curve, y que la profundidad merezca la pena, es una no linealidad entre las capas (tanh, ReLU, un umbral).
quiz-q3-see = Apila neuronas en capas

quiz-q4-text = Los cerebros y las redes aprenden cambiando la fuerza de las conexiones. En la regla STDP de esta página, ¿qué decide si una sinapsis se refuerza o se debilita?
quiz-q4-a = El error de salida de la red, enviado de vuelta a la sinapsis
quiz-q4-b = La altura de las espigas presinápticas: las espigas más grandes la refuerzan
quiz-q4-c = Si la espiga de entrada llegó justo antes o justo después de la espiga de salida
quiz-q4-d = Nada: la fuerza de una sinapsis es fija; solo aprenden las neuronas enteras
quiz-q4-explain = En la plasticidad dependiente de la temporización de las espigas basada en pares, una espiga de entrada poco antes de la espiga de la propia neurona refuerza la sinapsis, y una poco después la debilita, dentro de una ventana de unas decenas de milisegundos (Bi & Poo 1998, J Neurosci 18:10464). La regla solo necesita los instantes de las dos espigas en esa sinapsis concreta: no le llega ningún error desde la salida, y ahí está el contraste con el descenso del gradiente sobre los pesos de una red. En el cerebro, muchos de estos cambios necesitan además un tercer factor, un neuromodulador como la dopamina que señala recompensa o sorpresa a muchas sinapsis a la vez (Gerstner et al. 2018, Front Neural Circuits 12:53), pero eso no es un error para cada sinapsis. La regla no usa para nada la altura de las espigas, y las sinapsis son uno de los principales lugares donde ocurre el aprendizaje.
quiz-q4-see = Frecuencias, y cómo aprenden las sinapsis

quiz-q5-text = ¿Por qué es difícil hacer corresponder la retropropagación con algo conocido del cerebro?
quiz-q5-a = No lo es: se sabe que el cerebro aprende por retropropagación
quiz-q5-b = Envía los errores hacia atrás a través de los pesos de ida; no se conoce ningún mecanismo que los copie en un camino de vuelta
quiz-q5-c = El cerebro no tiene conexiones que vayan hacia atrás, de áreas posteriores a otras anteriores
quiz-q5-d = El alineamiento por retroalimentación demostró que los cerebros aprenden, en cambio, con una retroalimentación aleatoria fija
quiz-q5-explain = La retropropagación envía el error de cada capa hacia atrás a través de las traspuestas de los pesos de ida, así que una sinapsis necesitaría conocer la fuerza exacta de las sinapsis que hay más adelante: es el problema del transporte de pesos (Grossberg 1987, Cognitive Science 11:23). La corteza tiene muchas conexiones de retroalimentación, pero no se conoce ningún mecanismo que copie en ellas los pesos de ida, y si el cerebro aproxima la retropropagación de alguna otra forma es una pregunta abierta (Lillicrap et al. 2020, Nat Rev Neurosci 21:335). El alineamiento por retroalimentación aprende, en cambio, con pesos de retroalimentación aleatorios y fijos (Lillicrap et al. 2016, Nat Commun 7:13276), lo que es más plausible, pero sigue necesitando un camino aparte que lleve un error preciso, así que no está demostrado que los cerebros aprendan así.
quiz-q5-see = Aprender sin retropropagación

quiz-q6-text = En esta página, dos entradas llegan a cada tipo de neurona con 5 ms de separación y luego con 40 ms. ¿En cuál cambia la respuesta?
quiz-q6-a = En las dos: la neurona artificial también pondera sus entradas según cuándo llegan
quiz-q6-b = En ninguna: una neurona simplemente suma sus entradas, lleguen cuando lleguen
quiz-q6-c = Solo en la biológica: el efecto de la primera entrada se desvanece antes de que llegue la segunda
quiz-q6-d = Solo en la artificial: sus pesos se desvanecen entre las dos entradas
quiz-q6-explain = La membrana de la neurona de integración y disparo vuelve poco a poco al reposo por las fugas (constante de tiempo de 10 ms en este modelo), así que dos entradas separadas 5 ms se suman y superan el umbral, mientras que con 40 ms de separación la primera se ha desvanecido antes de que llegue la segunda, y ninguna basta por sí sola. La neurona artificial calcula f(w · x + b), que no contiene el tiempo: las mismas dos entradas dan la misma respuesta lleguen cuando lleguen, y sus pesos no se desvanecen. Por eso la temporización de las espigas puede transmitir información en una neurona, pero no en una unidad artificial estándar.
quiz-q6-see = Las espigas ocurren en el tiempo

quiz-q7-text = Una neurona artificial de esta página recibe las entradas x₁ y x₂. ¿Puede aprender XOR? ¿Podría calcularlo una sola neurona cortical humana?
quiz-q7-a = La artificial puede, si se entrena lo suficiente; ninguna neurona biológica sola puede
quiz-q7-b = Ninguna: XOR siempre necesita una red de varias células
quiz-q7-c = Las dos pueden, porque se puede ajustar un umbral para que dispare exactamente con una entrada
quiz-q7-d = La artificial no puede; una neurona cortical con espigas de calcio dendríticas sí, en un modelo basado en registros
quiz-q7-explain = Con x₁ y x₂ como entradas, la salida de una neurona artificial cruza su umbral de clase a lo largo de una sola recta (con todas las activaciones de esta página, porque cada una cruza el umbral una sola vez; una unidad cuya activación sube y luego vuelve a bajar, como una campana de Gauss, podría calcular XOR, pero aquí no hay ninguna así), y ninguna recta deja (0, 1) y (1, 0) a un lado y (0, 0) y (1, 1) al otro; entrenar más tiempo solo lleva a un estancamiento, acertando como mucho tres de los cuatro puntos. Las neuronas humanas de las capas corticales 2/3 tienen potenciales de acción dendríticos de calcio que son máximos justo por encima del umbral y más débiles con entradas más fuertes, y en un modelo basado en esa curva medida una sola neurona calcula XOR (Gidon et al. 2020, Science 367:83). El XOR se mostró en ese modelo; no se registró como cálculo en un cerebro vivo.
quiz-q7-see = Una neurona que calcula XOR

quiz-q8-text = ¿Qué comparación entre un cerebro humano y un gran modelo de IA es más o menos correcta?
quiz-q8-a = Unos 86 mil millones de neuronas y 10¹⁴ sinapsis funcionan con unos 20 W; entrenar un gran modelo consume megavatios
quiz-q8-b = Un gran modelo tiene más parámetros que sinapsis hay en un cerebro
quiz-q8-c = Un cerebro y un chip gastan más o menos la misma energía por operación elemental
quiz-q8-d = Un cerebro consume más o menos tanta potencia como el clúster de entrenamiento de un gran modelo
quiz-q8-explain = Un cerebro humano tiene unos 86 mil millones de neuronas (Azevedo et al. 2009, J Comp Neurol 513:532) y del orden de 10¹⁴ sinapsis, y funciona con unos 20 W, mientras que entrenar un gran modelo requiere megavatios (el entrenamiento de GPT-3: unos 1300 MWh en 15 días, alrededor de 3,6 MW de media; Patterson et al. 2021). Incluso los mayores modelos publicados tienen muchos menos parámetros que sinapsis hay en el cerebro: 175 mil millones en GPT-3 (Brown et al. 2020) y 1,6 billones en el Switch Transformer disperso (Fedus et al. 2022, JMLR 23:120). Un evento sináptico cuesta aproximadamente 0,01 pJ, frente a unos 5 pJ de una multiplicación-suma de 32 bits en un chip de 45 nm (Attwell & Laughlin 2001, J Cereb Blood Flow Metab 21:1133; Horowitz 2014, ISSCC), aunque no son el mismo tipo de operación.
quiz-q8-see = Escala: cerebros y redes

quiz-q9-text = En el laboratorio biológico, un segundo pulso de 1 ms del mismo tamaño, 6 ms después del primero (cuya espiga ya terminó), no produce ninguna espiga. ¿Por qué?
quiz-q9-a = La primera espiga agotó el sodio de la neurona, que tiene que reponerse
quiz-q9-b = La bomba de sodio-potasio tiene que devolver primero los iones que movió la espiga
quiz-q9-c = Sus canales de sodio siguen inactivados y sus canales de potasio están abiertos
quiz-q9-explain = Seis milisegundos después del primer pulso la espiga ya ha terminado, pero en el modelo la mayoría de los canales de sodio siguen inactivados (la compuerta de inactivación h está en torno a un tercio de su valor de reposo) y hay muchos más canales de potasio abiertos que en reposo (n⁴ es unas 15 veces su valor de reposo), así que un segundo pulso del mismo tamaño no puede iniciar la entrada de sodio que genera una espiga: es el período refractario (Hodgkin & Huxley 1952, J Physiol 117:500). A medida que los canales se recuperan, un pulso mayor puede volver a hacer disparar a la neurona (el período refractario relativo); un pulso de este tamaño necesita unos 14,5 ms de separación. Estos son los tiempos del axón de calamar a 6,3 °C: una neurona de mamífero a temperatura corporal se recupera en unos pocos ms. Una espiga mueve solo una pequeña fracción del sodio y el potasio de la célula, así que no se ha agotado nada, y la bomba de sodio-potasio restablece los gradientes lentamente, a lo largo de muchas espigas; no es lo que pone fin al período refractario.
quiz-q9-see = Registra una neurona biológica

quiz-q10-text = Un anuncio dice que un nuevo sistema de IA «funciona como el cerebro». ¿Qué respuesta respalda la lección?
quiz-q10-a = Aceptarlo: una red está hecha de neuronas, así que piensa como los cerebros
quiz-q10-b = Preguntar qué partes comparte (normalmente sumas ponderadas y no linealidad, no espigas ni temporización) y luego ponerlo a prueba
quiz-q10-c = Descartarlo: las redes artificiales no tienen nada en común con los cerebros
quiz-q10-d = Aceptarlo si la red es más grande que un cerebro, ya que el tamaño la hace parecida al cerebro
quiz-q10-explain = La analogía conserva el esquema general: entradas ponderadas, una no linealidad parecida a un umbral y aprendizaje mediante cambios en la fuerza de las conexiones. La mayoría de las redes prescinden de las espigas, de la temporización, de las reglas de aprendizaje del cerebro, de las dendritas que calculan y del presupuesto energético del cerebro, así que «funciona como el cerebro» solo vale, como mucho, para unas pocas partes, aunque sí para alguna. Ni el nombre ni el tamaño dicen lo bien que funciona un sistema: eso hay que juzgarlo poniéndolo a prueba.
quiz-q10-see = Por qué persiste el nombre

## Teachers

teachers-title = Para docentes
teachers-intro = Esta página es para ti, no para tu alumnado: el plan de la lección, una hoja de trabajo y sus soluciones para imprimir, todas las opciones de la URL y la vista de la clase. La lección del alumnado no muestra nada de esto y solo enlaza aquí desde su diálogo Compartir.
teachers-open-lesson = Abrir la lección del alumnado
teachers-print-title = Hoja de trabajo y soluciones
teachers-print-text = La hoja de trabajo tiene cada predicción con casillas para marcar y líneas para explicar, y cada reto con líneas para los ajustes que lo resolvieron. Las soluciones dicen qué muestra cada experimento, una solución de cada reto y las respuestas del cuestionario. Imprime cada una por separado (o guárdala como PDF desde el diálogo de impresión).
teachers-print-worksheet = Imprimir la hoja de trabajo
teachers-print-key = Imprimir las soluciones
worksheet-summary = La hoja de trabajo
worksheet-title = Hoja de trabajo: neuronas biológicas y artificiales
worksheet-name = Nombre:
worksheet-date = Fecha:
worksheet-intro = Recorre la lección de Neuron Lab. Antes de cada experimento, marca lo que esperas; después ejecútalo y escribe qué pasó y por qué. En cada reto, escribe los ajustes que lo resolvieron.
worksheet-why = Qué pasó y por qué:
worksheet-how = Los ajustes que lo resolvieron:
key-summary = Las soluciones
key-title = Soluciones: neuronas biológicas y artificiales
key-predictions = Predicciones: lo que muestra el experimento
teachers-plan-caption = Plan de la lección
teachers-plan-minutes-header = Minutos
teachers-plan-what-header = Qué se hace
teachers-plan-minutes = { $from }-{ $to }
teachers-plan-1 = Cuestionario antes de la lección (opcional, 10 preguntas; el alumnado guarda su puntuación).
teachers-plan-2 = 1. La neurona biológica: predecir si un pulso el doble de fuerte da una espiga el doble de alta; retos «Encuentra el umbral» y «Encuentra el período refractario».
teachers-plan-3 = 2. La neurona artificial: predecir qué ocurre al duplicar los pesos; retos «Consigue 0,25» y «Haz que la neurona calcule NAND». Relacionar el sesgo con el umbral encontrado antes.
teachers-plan-4 = 3. Dónde se sostiene la analogía: predecir si una neurona aprende XOR; «Separa AND a mano», «Una neurona, XOR»; después, las capas: predecir qué hacen ocho unidades lineales con el círculo; «La red más pequeña».
teachers-plan-5 = 4. Dónde se rompe: predecir qué efecto tiene el retardo entre dos entradas y qué hace la dendrita con dos entradas; «Justo a tiempo», «Convierte XOR en AND». Comentar la retropropagación y el alineamiento por retroalimentación.
teachers-plan-6 = Cuestionario después de la lección (se muestra la mejora); el alumnado entrega su código de progreso.
teachers-solutions-caption = Retos y soluciones
teachers-solutions-challenge-header = Reto
teachers-solutions-goal-header = Objetivo
teachers-solutions-solution-header = Una solución
teachers-solution-threshold = El umbral del modelo para un pulso de 1 ms es de 6,92 µA/cm²: 7,0 es el menor valor del control deslizante que dispara (6,5 no). Cerca del umbral la espiga llega tarde, unos 5 ms después del inicio del pulso (con 10 µA/cm², a los 2,3 ms).
teachers-solution-refractory = Con los 10 µA/cm² predeterminados, una segunda espiga necesita más de 14,5 ms entre los inicios de los pulsos (el límite es 14,53 ms): 15,0 o 15,5 ms lo resuelven, y 14,5 da una sola espiga. Con 20 µA/cm² el límite es de 10,6 ms: un pulso más fuerte puede disparar durante el período refractario relativo. Estos son los tiempos del axón de calamar a 6,3 °C, la temperatura del modelo; una neurona de mamífero a temperatura corporal se recupera en unos pocos ms.
teachers-solution-fire-50 = Integración y disparo, corriente en escalón, ruido 0: escribe 1,8 en la casilla numérica de la amplitud (50,2 Hz). Vale cualquier valor de 1,77 a 1,82 nA; el 2,0 del control deslizante da 63 Hz, y 1,5, la reobase, ninguna espiga.
teachers-solution-target-output = Deja los pesos (0,4; −0,2; 0,9), de modo que w · x = 0,86, y pon el sesgo en −1,96: z = −1,10 y σ(z) = 0,250. (Sirven cualesquiera pesos y sesgo con w · x + b entre −1,12 y −1,08.)
teachers-solution-nand = Pesos −2 y −2, sesgo 3: z = 3, 1, 1, −1 para (0, 0), (0, 1), (1, 0), (1, 1), así que las salidas son 1, 1, 1, 0.
teachers-solution-and-by-hand = Pulsa «Restablecer pesos» (o vuelve a elegir AND) y luego pon w₁ = 1, w₂ = 1 y b = −1,5 con los controles deslizantes, o arrastra la recta a través de la esquina, entre (1, 1) y los otros tres puntos.
teachers-solution-xor-one-neuron = Marca «Añadir la característica x₁·x₂ como tercera entrada» y entrena, o pon a mano w₁ = 1, w₂ = 1, w₁₂ = −2 y b = −0,5. Sin el producto no funciona ningún ajuste (la prueba del núcleo recorre una cuadrícula de pesos).
teachers-solution-blow-up = Elige «Descenso del gradiente, error cuadrático» y una tasa de aprendizaje de 30, y en «Más ajustes» la activación lineal; luego entrena: la página detiene la ejecución y dice que los pesos han explotado. Pulsa «Volver a los pesos de antes de este entrenamiento».
teachers-solution-small-network = Una capa oculta («Capas ocultas»: 1) de 3 unidades tanh con una tasa de aprendizaje de 0,3: 90 % de exactitud de prueba hacia la época 114 y 100 % hacia la 200. Con dos unidades solo se llega al 90 % con una tasa de aprendizaje de 1 (el conjunto de prueba tiene 24 puntos); tres es la respuesta prevista.
teachers-solution-no-backprop = En «Más ajustes» elige el alineamiento por retroalimentación, pon la tasa de aprendizaje en 0,3 y entrena la red 4-2 predeterminada: 90 % hacia la época 80 y 96 % hacia la 300. (Con el 0,03 predeterminado tarda unas 1750 épocas; el alineamiento por retroalimentación directa con 0,3 llega al 90 % hacia la época 160.)
teachers-solution-weaken-synapse = Pon el retardo en −10 ms (la espiga presináptica 10 ms después de la postsináptica) y pulsa «Emparejar 10 veces más» cuatro veces: cada emparejamiento resta 0,0064, así que el peso es 0,309 tras 30 emparejamientos y 0,245 tras 40.
teachers-solution-dendrite-and = Baja la intensidad s a 0,75 nA (θ sigue en 1 nA): una entrada (0,75 nA) queda por debajo del umbral dendrítico, las dos juntas (1,5 nA) lo superan, y la tabla de verdad da AND.
teachers-solution-just-in-time = Con los 9 nA predeterminados, el mayor retardo que todavía dispara es de 16,6 ms: 16,5 o 16,0 ms lo resuelven; con 17,0 no dispara. (Con 8 nA el límite es de 11,8 ms; con 10 nA, de 23,7 ms.)
teachers-answers-summary = Las respuestas del cuestionario
teachers-options-summary = Opciones de la URL
teachers-options-caption = Opciones en la dirección de la página
teachers-options-option-header = Opción
teachers-options-what-header = Qué hace
teachers-option-widget = widget
teachers-option-groups = grupos
teachers-option-embed = Muestra un solo widget, para un <iframe> en la página de un curso.
teachers-option-hide = Oculta grupos de controles (nombres separados por comas, más abajo).
teachers-option-lock = Muestra grupos de controles, pero los bloquea: ningún otro control, enlace editado, archivo de ajustes ni registro del curso cambia lo que fijan, y se omiten los retos y predicciones que los necesitarían. Bloquear los pesos de la frontera bloquea también sus botones de entrenamiento, porque entrenar cambia los pesos.
teachers-option-challenges-off = Oculta las tarjetas de retos (el panel de progreso muestra entonces solo el cuestionario).
teachers-option-quiz-off = Oculta los dos cuestionarios.
teachers-option-language = idioma
teachers-option-lang = El idioma de la página: en, es, de o zh-CN (en-XA es un pseudoidioma para probar el diseño). Sin esta opción, la página sigue los idiomas del navegador; un enlace compartido la conserva.
teachers-option-settings = Los ajustes de todos los widgets; la página mantiene al día esta parte de la dirección, así que se puede compartir cualquier vista. Usa «Compartir» para crear un enlace.
teachers-embed-widgets = Widgets para la opción embed: { $widgets }.
teachers-groups-caption = Grupos de controles para las opciones hide y lock
teachers-groups-group-header = Grupo
teachers-groups-widget-header = Widget
teachers-groups-controls-header = Controles
teachers-events-summary = Registrar lo completado en la página de un curso
teachers-events-text = Una página incrustada envía cada reto resuelto y cada puntuación del cuestionario a la página que la contiene mediante postMessage; no hace falta ningún servidor. Un receptor de eventos:
teachers-listener-comment-challenge = e.data.challenge: el id recién resuelto, o null (una puntuación del cuestionario o un borrado del progreso)
teachers-listener-comment-solved = e.data.solved: todos los id resueltos; e.data.quiz: { "{" } before, after { "}" } puntuaciones sobre 10, o null
teachers-decoder-title = Descodificar un código de progreso
teachers-decoder-label = El código de progreso de un estudiante
teachers-decoder-button = Descodificar
teachers-decoded = { $solved ->
        [0] Ha resuelto { $solved } de { $total } retos.
       *[other] Ha resuelto { $solved } de { $total } retos: { $list }.
    } Cuestionario antes de la lección: { $before }; después: { $after }.
teachers-decoded-list-separator = { ", " }
teachers-decoded-score = { $score } de { $total }
teachers-decoded-not-taken = no realizado
teachers-code-error-empty = Pega primero un código de progreso.
teachers-code-error-length = Ese código no tiene el número correcto de caracteres.
teachers-code-error-character = Ese código tiene un carácter que los códigos de progreso nunca contienen.
teachers-code-error-checksum = Ese código tiene un carácter mal escrito (su dígito de control no coincide).
teachers-code-error-version = Ese código es de otra versión de Neuron Lab.

## La vista de la clase (en «Para docentes»): los códigos de progreso de una clase, leídos en el navegador.
class-title = Vista de la clase: los códigos de progreso de tu alumnado
class-intro = Pega los códigos de progreso de tu clase, uno por línea o en líneas «nombre, código», o abre un archivo CSV exportado de tu cuaderno de calificaciones. Se leen en este navegador: no se envía nada a ninguna parte.
class-codes-label = Códigos de progreso (uno por línea, o «nombre, código»)
class-read-button = Leer los códigos
class-open-file = Abrir un archivo CSV
class-file-too-large = Ese archivo ocupa más de 2 MB: no se ha leído nada.
class-summary = { $learners ->
        [one] Se ha leído el código de un estudiante
       *[other] Se han leído los códigos de { $learners } estudiantes
    }{ $problems ->
        [0] .
        [one] ; no se ha podido leer una línea (la encontrarás más abajo).
       *[other] ; no se han podido leer { $problems } líneas (las encontrarás más abajo).
    }
class-problems-title = Líneas no leídas
class-problem = Línea { $line }, «{ $text }»: { $reason }
class-problem-duplicate = El mismo estudiante y el mismo código que en la línea { $first }: se cuenta una sola vez.
class-problem-no-code = Esta línea no tiene ningún código de progreso.
class-check-title = El cuestionario
class-check-summary = Antes de la lección, media de aciertos: { $before } (lo hicieron { $before_n } estudiantes). Después: { $after } ({ $after_n } estudiantes).
class-gain = Ganancia normalizada ⟨g⟩ = { $gain } para los { $both } estudiantes con las dos puntuaciones (sus medias: { $pre } antes y { $post } después): la parte de la mejora posible que ha logrado la clase (Hake 1998, Am. J. Phys. 66, 64).
class-gain-none = La ganancia normalizada necesita estudiantes que hayan hecho el cuestionario antes y después de la lección; lo han hecho { $both }.
class-percent = { $value } %
class-none = —
class-share = { $percent } ({ $right } de { $of })
class-wrong-answer = { $option } ({ $n })
class-question = { $n }. { $prompt }
class-chart-label = La proporción de la clase que acierta cada pregunta, antes y después de la lección (la tabla de abajo da las cifras)
class-chart-before = Antes
class-chart-after = Después
class-questions-caption = Cada pregunta: la proporción de aciertos antes y después de la lección, y la respuesta incorrecta más elegida después (la idea errónea que persiste).
class-questions-note = Solo los códigos de esta versión guardan las respuestas: es el caso de { $known } de los { $learners } estudiantes.
class-question-header = Pregunta
class-before-header = Antes
class-after-header = Después
class-wrong-header = Respuesta incorrecta más elegida después
class-challenges-caption = Cada reto: cuántos estudiantes lo han resuelto.
class-challenge-header = Reto
class-solved-header = Resuelto
class-of = { $n } de { $total }
class-learners-caption = Cada estudiante
class-learner-header = Estudiante
class-line = Línea { $line }
class-score = { $score }/10
class-download = Descargar la tabla (CSV)
class-csv-name = Nombre
class-csv-solved = Retos resueltos
class-csv-before = Cuestionario antes (sobre 10)
class-csv-after = Cuestionario después (sobre 10)

## Núcleo: nombres del modelo, avisos y descripciones

## Funciones de activación

activation-step = Escalón (umbral)
activation-sigmoid = Sigmoide
activation-tanh = Tanh
activation-relu = ReLU
activation-leaky-relu = Leaky ReLU
activation-linear = Lineal (ninguna)
activation-softplus = Softplus
activation-gelu = GELU
activation-step-biology = Es la más parecida a la espiga de todo o nada de una neurona real: dispara del todo o no dispara. Pero su pendiente es cero en todas partes, así que el descenso del gradiente no puede aprender a través de ella.
activation-sigmoid-biology = Como la frecuencia de disparo de una neurona: casi cero con una entrada débil y saturada en un máximo con una entrada fuerte. Es suave, así que se puede entrenar con descenso del gradiente.
activation-tanh-biology = Una sigmoide estirada hasta (−1, 1): puede indicar «menos de lo habitual» además de «más». Las frecuencias de disparo reales no pueden bajar de cero.
activation-relu-biology = En silencio por debajo del umbral y creciente con la entrada por encima de él, como una frecuencia de disparo que aumenta con la corriente. A diferencia de una neurona real, nunca se satura.
activation-leaky-relu-biology = Una ReLU con una pequeña pendiente por debajo de cero, para que una unidad «apagada» pueda seguir aprendiendo. Un truco numérico sin equivalente biológico.
activation-linear-biology = Sin no linealidad: la salida es simplemente la suma ponderada. Si apilas neuronas así en capas, se reducen a una sola transformación lineal.
activation-softplus-biology = Una ReLU suave. Tiene la forma de la curva de frecuencia de disparo de algunos modelos de neurona con ruido cerca de su umbral.
activation-gelu-biology = Una ReLU suave, con un pequeño valle, que se usa en los modelos de lenguaje modernos. Se eligió porque entrena bien, no porque las neuronas se comporten así.
activation-formula-cases = { $lhs } = { $value } si { $condition }; si no, { $otherwise }
activation-formula-undefined-at = { $lhs } = { $value } (no definida en { $at }: no hay pendiente que seguir)
activation-plot-description = Gráfica de la activación { $activation } f(z) para z de { $z_min } a { $z_max }, con su pendiente f′(z) en línea discontinua. Punto de funcionamiento: z = { $z }, salida f(z) = { $output }, pendiente f′(z) = { $slope }. { $flat ->
        [yes] Aquí la curva es plana: un pequeño cambio de z apenas cambia la salida.
       *[no] Aquí, un pequeño cambio de z cambia la salida en aproximadamente { $factor } veces esa cantidad.
    }

## La neurona artificial

core-equation-spoken = Suma ponderada z = { $z }. Salida { $symbol } de z = { $output }.
core-quantity-input = la entrada x{ $n }
core-quantity-weight = el peso w{ $n }
core-quantity-bias = el sesgo b
core-neuron-input-count = aquí una neurona tiene de { $min } a { $max } entradas, no { $n }
core-neuron-input-mismatch = se esperaban { $expected } entradas, pero hay { $got }
core-neuron-not-finite = { $quantity } no es un número finito
core-neuron-overflow = la suma ponderada es demasiado grande para representarla
core-param-empty = Escribe un número
core-param-not-a-number = No es un número
core-param-not-finite = Demasiado grande para usarlo
core-param-out-of-range = Debe estar entre { $min } y { $max }
core-number-undefined = indefinido
core-list-separator = { "; " }

## Avisos sobre los ajustes de un enlace

notice-explorer-no-version = Esta versión de Neuron Lab no sabe leer el formato de este enlace (sin versión), así que el explorador empieza con el ejemplo resuelto.
notice-explorer-version = Esta versión de Neuron Lab no sabe leer el formato de este enlace (versión «{ $version }»), así que el explorador empieza con el ejemplo resuelto.
notice-explorer-lists = Las entradas y los pesos del enlace deben ser dos listas de la misma longitud, de { $min } a { $max } números; se usan los del ejemplo resuelto.
notice-explorer-out-of-range = En el enlace, { $quantity } está fuera de su rango; se ha fijado en { $value }.
notice-explorer-not-a-number = En el enlace, { $quantity } («{ $text }») no es un número; se usa { $default }.
notice-explorer-activation = El enlace pide una activación «{ $id }» que Neuron Lab no conoce; se usa la sigmoide.
notice-boundary-unreadable = No se pudo leer el valor que da el enlace para { $field ->
        [rule] la regla de aprendizaje
        [activation] la activación
        [product] el interruptor de la característica producto
        [weights] los pesos
        [bias] el sesgo
        [rate] la tasa de aprendizaje
        [noise] el ruido
        [seed] la semilla
        [points] los puntos
       *[data] el conjunto de datos
    } de la frontera de decisión; se usa el valor predeterminado.
notice-network-unreadable = No se pudo leer el valor que da el enlace para { $field ->
        [seed] la semilla
        [architecture] la arquitectura
        [hidden] la activación de las capas ocultas
        [output] la activación de salida
        [loss] la pérdida
        [rule] la regla de aprendizaje
        [rate] la tasa de aprendizaje
        [regularisation] la regularización
        [batch] el tamaño del lote
        [data] el conjunto de datos
        [noise] el ruido
        [regulariser] el tipo de regularización
        [points] los puntos propios
        [features] las características de entrada
        [split] la división entre entrenamiento y prueba
        [dale] la proporción de unidades inhibidoras (ley de Dale)
        [view] las opciones de visualización
       *[weights] los pesos
    } de la red; se usa el valor predeterminado.
notice-biolab-unreadable = No se pudo leer el valor que da el enlace para { $field ->
        [model] el modelo
        [stimulus] el estímulo
        [amplitude] la amplitud
        [width] la duración del pulso
        [interval] el intervalo
        [noise] el ruido
       *[seed] la semilla
    } de la neurona biológica; se usa el valor predeterminado.
notice-biolab-clamped = El valor que da el enlace para { $field ->
        [amplitude] la amplitud
        [width] la duración del pulso
        [interval] el intervalo
       *[noise] el ruido
    } estaba fuera del rango permitido, así que se usa el valor permitido más cercano.

## Conjuntos de datos y aprendizaje

dataset-and = AND
dataset-or = OR
dataset-nand = NAND
dataset-xor = XOR
dataset-blobs = Dos nubes gaussianas
dataset-separable = Separables, con ruido
dataset-circle = Círculo
dataset-spiral = Espiral
dataset-csv-value-count = Línea { $line }: se esperaban tres valores x1,x2,label, pero hay { $found }
dataset-csv-not-a-number = Línea { $line }: { $name } no es un número
dataset-csv-outside = Línea { $line }: { $name } debe estar entre { $min } y { $max }
dataset-csv-label = Línea { $line }: la etiqueta (label) debe ser 0 o 1
dataset-csv-class-or-value = Línea { $line }: la etiqueta (label) debe ser una clase, de 0 a 3, o un valor de −1 a 1
dataset-blobs3 = Tres nubes
dataset-spiral3 = Espiral de tres brazos
dataset-quadrants4 = Cuatro cuadrantes
dataset-plane = Plano inclinado (regresión)
dataset-gaussians = Colinas y valles (regresión)
dataset-csv-too-many = Línea { $line }: se pueden cargar como máximo { $max } puntos
dataset-csv-no-points = No se encontró ningún punto: escribe un x1,x2,label por línea.
core-rule-perceptron = Regla del perceptrón
core-rule-logistic = Descenso del gradiente, pérdida de entropía cruzada
core-rule-squared = Descenso del gradiente, error cuadrático
core-loss-cross-entropy = Entropía cruzada
core-loss-squared = Error cuadrático
core-learning-rule-backprop = Retropropagación
core-learning-rule-fa = Alineamiento por retroalimentación
core-learning-rule-dfa = Alineamiento por retroalimentación directa
core-plane-curve = Con la característica producto x1·x2, la frontera es una curva (una hipérbola), no una recta. { $correct } de { $total } puntos están bien clasificados.
core-plane-flat = Los dos pesos son cero, así que no hay frontera: la salida es la misma en todas partes. { $correct } de { $total } puntos están bien clasificados.
core-regions-none = Responde con la clase 0 en todas partes.
core-regions-all = Responde con la clase 1 en todas partes.
core-regions-some = Responde con la clase 1 en { $regions } ({ $share } % del plano) y con la clase 0 en el resto.
core-region-top-left = la esquina superior izquierda
core-region-top = el borde superior
core-region-top-right = la esquina superior derecha
core-region-left = el borde izquierdo
core-region-centre = el centro
core-region-right = el borde derecho
core-region-bottom-left = la esquina inferior izquierda
core-region-bottom = el borde inferior
core-region-bottom-right = la esquina inferior derecha
core-plane-wrong = { $n ->
        [one] El punto { $points } está en el lado equivocado.
       *[other] Los puntos { $points } están en el lado equivocado.
    }
core-plane-undecided = El plano se ve pálido en todas partes: la neurona está indecisa y la salida de todos los puntos queda cerca de 0,5.
core-correct-spoken = { $correct } de { $total } puntos bien clasificados.
core-correct-spoken-wrong = { $correct } de { $total } puntos bien clasificados; mal clasificados: { $points }.
core-plane-line = La recta de decisión { $x1 ->
        [none] no corta nunca el eje x1
       *[at] corta el eje x1 en { $x1 }
    } y { $x2 ->
        [none] no corta nunca el eje x2
       *[at] corta el eje x2 en { $x2 }
    }. { $correct } de { $total } puntos están bien clasificados.
core-stop-all-correct = { $epochs ->
        [one] Todos los puntos están bien clasificados tras { $epochs } época. El entrenamiento se ha detenido.
       *[other] Todos los puntos están bien clasificados tras { $epochs } épocas. El entrenamiento se ha detenido.
    }
core-stop-diverged = Los pesos han explotado: esta tasa de aprendizaje es demasiado grande para esta pérdida, así que cada actualización se pasa más de largo que la anterior. El entrenamiento se ha pausado antes de que algún número se volviera infinito; los pesos que se muestran son los últimos finitos. { $remedy ->
        [both] Baja la tasa de aprendizaje, o vuelve a los pesos con los que empezó este entrenamiento.
        [rate] Baja la tasa de aprendizaje.
       *[back] Vuelve a los pesos con los que empezó este entrenamiento.
    }
core-stop-plateau-xor = La pérdida ha dejado de bajar con { $correct } de { $total } puntos bien clasificados. Ninguna recta puede separar XOR: cada clase ocupa esquinas opuestas. { $feature ->
        [yes] Añade abajo la característica x1·x2, o usa una capa oculta (el widget siguiente).
       *[no] Una capa oculta sí puede (el widget siguiente).
    }
core-stop-plateau-circle = La pérdida ha dejado de bajar con { $correct } de { $total } puntos bien clasificados. Una clase rodea a la otra, y una neurona traza una sola recta.
core-stop-plateau = La pérdida ha dejado de bajar, con { $correct } de { $total } puntos bien clasificados: esto es más o menos lo mejor que puede hacer esta neurona con estos datos.

## La neurona biológica

core-sweep-pulse = un pulso de { $width } ms de { $amplitude } { $unit }
core-sweep-paired = dos pulsos de { $width } ms de { $amplitude } { $unit }, separados { $interval } ms
core-sweep-train = pulsos de { $width } ms de { $amplitude } { $unit } cada { $interval } ms
core-sweep-step = una corriente constante de { $amplitude } { $unit } de { $onset } a { $offset } ms
core-sweep-silent = ninguna espiga: la membrana subió hasta { $peak } mV y volvió a bajar (por debajo del umbral)
core-sweep-spikes = { $n ->
        [one] { $n } espiga a los { $times } ms
       *[other] { $n } espigas a los { $times } ms
    }
core-sweep-spikes-peak = { $n ->
        [one] { $n } espiga a los { $times } ms, con un máximo de { $peak } mV
       *[other] { $n } espigas a los { $times } ms, con un máximo de { $peak } mV
    }
core-sweep-description = { $model }, { $stimulus }: { $outcome }. Frecuencia durante el barrido: { $rate } Hz.
core-sweep-description-refractory = { $model }, { $stimulus }: { $outcome }. Frecuencia durante el barrido: { $rate } Hz. El segundo pulso llegó durante el período refractario, así que no produjo una segunda espiga.
core-coincidence-silent = Dos entradas separadas { $delay } ms: ninguna espiga; la membrana llega a un máximo de { $peak } mV, sin alcanzar el umbral de { $threshold } mV.
core-coincidence-spike = Dos entradas separadas { $delay } ms: una espiga; las dos entradas se suman y superan el umbral de { $threshold } mV.
core-dendrite-dcaap = dCaAP (humana, capas 2/3)
core-dendrite-monotonic = Monótona (sigmoide)
core-gate-never = nunca dispara
core-gate-and = AND
core-gate-or = OR
core-gate-xor = XOR
core-gate-nand = NAND
core-gate-nor = NOR
core-gate-xnor = XNOR
core-gate-always = siempre dispara
core-gate-other = otra función

## Órdenes de magnitud

core-scale-neurons = neuronas
core-scale-synapses = sinapsis
core-scale-parameters = parámetros
core-system-layers = El widget de capas (el más grande)
core-system-c-elegans = C. elegans (gusano)
core-system-lenet = LeNet-5 (1998)
core-system-fruit-fly = Cerebro de la mosca de la fruta
core-system-honeybee = Cerebro de la abeja
core-system-resnet = ResNet-50 (2016)
core-system-mouse = Cerebro del ratón
core-system-human = Cerebro humano
core-system-gpt3 = GPT-3 (2020)
core-source-layers = 2·8 + 8·8 + 8·1 pesos y 17 sesgos
core-source-c-elegans-neurons = White et al. 1986, Phil. Trans. R. Soc. B
core-source-c-elegans-synapses = White et al. 1986 (unas 7000 sinapsis químicas)
core-source-lenet = LeCun et al. 1998, Proc. IEEE
core-source-fruit-fly = Dorkenwald et al. 2024, Nature (conectoma FlyWire)
core-source-honeybee = Menzel & Giurfa 2001, Trends Cogn. Sci.
core-source-resnet = He et al. 2016, CVPR
core-source-mouse = Herculano-Houzel et al. 2006, PNAS
core-source-human-neurons = Azevedo et al. 2009, J. Comp. Neurol.
core-source-human-synapses = del orden de 10¹⁴ (las estimaciones llegan a 10¹⁵)
core-source-gpt3 = Brown et al. 2020, NeurIPS
core-event-synaptic = Un evento sináptico (la liberación de una vesícula de glutamato y su corriente postsináptica)
core-event-multiply-add = Una multiplicación-suma de coma flotante de 32 bits (3,7 pJ la multiplicación + 0,9 pJ la suma)
core-event-spike = Un potencial de acción (la espiga de una neurona entera)
core-event-dram = Una lectura de 32 bits de la DRAM
core-source-synaptic = Attwell & Laughlin 2001, J. Cereb. Blood Flow Metab. 21:1133
core-source-spike = Attwell & Laughlin 2001; las espigas de los mamíferos consumen varias veces menos (Alle et al. 2009, Science 325:1405; Howarth et al. 2012)
core-source-horowitz = Horowitz 2014, ISSCC (45 nm)
core-count-of = { $large ->
        [yes] { $count } de
       *[no] { $count }
    }

## Locks that hold (a shared link's ?lock= and ?hide=).

notice-locked-kept = Se han mantenido los ajustes bloqueados: el enlace con el que se abrió esta página los bloquea.
boundary-lede-drag = Una neurona con dos entradas divide el plano a lo largo de la recta { $formula }. Arrástrala y mira cómo los puntos cambian de lado. Después prueba con XOR.
boundary-lede-still = Una neurona con dos entradas divide el plano a lo largo de la recta { $formula }, con una clase a cada lado.
boundary-plane-hint-points = Haz clic para añadir un punto, o sobre un punto para quitarlo.
boundary-plane-hint-drag = Arrastra la recta o su flecha.
challenge-and-by-hand-setup-no-reset = Configura: los datos de AND, sin la entrada del producto y sin entrenamiento previo (volver a elegir los datos de AND lo borra).
challenge-xor-one-neuron-hint-by-hand = Ninguna recta en (x₁, x₂) lo consigue. Dale a la neurona la entrada adicional x₁·x₂ (la casilla bajo los datos) y luego ajusta los pesos a mano.
layers-blew-up-no-reset = Los pesos han explotado: esta tasa de aprendizaje es demasiado grande. El entrenamiento se ha pausado antes de que algún número se volviera infinito; baja la tasa de aprendizaje.
layers-collapse-nonlinear-fixed = Las unidades ocultas son no lineales, así que las capas no se pueden multiplicar entre sí para dar una sola: la frontera puede curvarse.
layers-collapse-note-fixed = Su frontera es una sola recta (discontinua en el plano), por muchas capas y unidades que haya: XOR, el círculo y la espiral quedan fuera de su alcance.
