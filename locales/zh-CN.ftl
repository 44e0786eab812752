# Neuron Lab: the page's messages in Simplified Chinese (zh-CN), in Project Fluent format.
# locales/en.ftl is the reference: keep its ids, order and variables.
# How to edit or check this file: see docs/translating.md.

## The page

page-loading = 正在加载 Neuron Lab……
page-brand = Neuron Lab
page-tagline = 生物神经元与人工神经元：这个类比哪里说对了，又在哪里失效。
page-skip = 跳到正文
page-precheck = 先测一测你已经知道多少（可选，10 道题）
page-open-whole = 在 Neuron Lab 中打开完整课程
page-footer = 一切都在你的浏览器中运行，不会向任何地方发送数据。设置保存在地址栏中，所以任何视图都可以分享。
language-menu = 语言
notice-language-unavailable = 本页面没有“{ $lang }”版本，因此以英文显示。

## Shown by the page's inline script if the app cannot start or stops (one line each).

crash-start-title = Neuron Lab 无法启动
crash-start-text = 页面在加载时出错，无法完成加载。请刷新重试；如果问题反复出现，你的浏览器可能不支持 WebAssembly。
crash-stopped-title = Neuron Lab 已停止工作
crash-stopped-text = 模拟遇到了无法恢复的错误，页面不再响应。你的设置保存在地址栏中：刷新页面即可从刚才的位置继续。
crash-reload = 刷新页面
crash-sandbox-title = 此框架使 Neuron Lab 无法启动
crash-sandbox-text = 显示 Neuron Lab 的页面把它放进了一个沙盒框架，而这个框架不允许加载本应用自身的文件。请该页面的作者在框架的 sandbox 属性中加入 allow-same-origin（sandbox="allow-scripts allow-same-origin"），或者单独打开 Neuron Lab：点击链接，或把下面的地址复制到新标签页中打开。
crash-open-alone = 单独打开 Neuron Lab

## Notices about a link's settings

notice-dendrite-pattern = 无法读取链接中树突的输入模式，因此显示第一个有效模式。
notice-dendrite-unreadable = 无法读取链接中树突的{ $field ->
        [kind] 类型
        [theta] 树突阈值
        [tau] dCaAP 衰减
       *[strength] 输入强度
    }，因此使用默认值。
notice-dendrite-clamped = 链接中树突的{ $field ->
        [kind] 类型
        [theta] 树突阈值
        [tau] dCaAP 衰减
       *[strength] 输入强度
    }超出范围，因此使用最接近的允许值。

## The share dialog

share-summary = 分享或嵌入
share-widget-label = 分享内容
share-whole-lesson = 完整课程
share-only-neuron = 仅生物神经元
share-only-explorer = 仅人工神经元
share-only-boundary = 仅决策边界
share-only-layers = 仅分层网络
share-only-bridge = 仅发放频率与可塑性
share-only-dendrite = 仅能计算 XOR 的树突
share-only-timing = 仅锋电位与时间
share-only-scale = 仅规模比较
share-table-caption = 为分享对象隐藏或锁定的控件
share-column-controls = 控件
share-column-hide = 隐藏
share-column-lock = 锁定
share-hide-group = 隐藏：{ $group }
share-lock-group = 锁定：{ $group }
share-link-label = 链接
share-no-challenges = 隐藏挑战（?challenges=off）
share-no-quiz = 隐藏概念检测（?quiz=off）
share-teachers-text = 教师专用：教案、练习单及其答案，以及全班概览。
share-teachers-link = 打开教师页面
share-snippet-label = 用于课程网页的嵌入代码
share-copy-link = 复制链接
share-copy-snippet = 复制嵌入代码
copy-button = 复制
copy-done = 已复制。
copy-failed = 此浏览器不允许页面复制：请选中文字后自行复制。
share-frame-title = Neuron Lab
share-locked-title = 已被分享此链接的老师锁定

## Groups of controls a shared link can hide or lock (also listed for teachers)

share-group-ex-toolbar = 激活函数选择器与按钮
share-group-ex-inputs = 输入、权重和偏置
share-group-bd-weights = 权重和偏置滑块
share-group-bd-learning = 学习设置
share-group-bd-training = 训练按钮（决策边界）
share-group-bd-data = 数据控件
share-group-nn-settings = 网络与学习设置
share-group-nn-units = 单元数
share-group-nn-training = 训练按钮（多层网络）
share-group-bl-stimulus = 刺激控件
share-group-bl-playback = 回放
share-group-dd-kind = 单调树突开关
share-group-dd-sliders = 强度、阈值和衰减滑块
share-group-sc-sources = 资料来源

## The settings file

settings-export = 导出设置（JSON）
settings-import = 导入设置（JSON）
settings-loaded = 设置已加载。
settings-nothing-loaded = 未加载任何内容。{ $reason }
settings-too-large = 此文件太大，不可能是 Neuron Lab 的设置文件。
settings-not-json = 此文件不是 JSON 文件，因此不是 Neuron Lab 的设置文件。
settings-not-ours = 此 JSON 文件不是 Neuron Lab 的设置文件（其中没有 "format": "neuron-lab"）。
settings-other-version = 此设置文件来自另一个版本的 Neuron Lab，无法读取。
settings-empty = 此设置文件中没有任何设置。

## The message shown if the page fails while running

panic-title = Neuron Lab 内部出了问题
panic-text = 页面遇到了无法恢复的错误。你的设置仍保存在地址栏中：刷新即可从刚才的位置继续，也可以使用默认设置重新开始。
panic-reload = 保留我的设置并刷新
panic-afresh = 重新开始

## Embedding

embed-unknown-widget = 此嵌入链接请求的组件“{ $name }”在 Neuron Lab 中不存在，因此显示完整课程。

## 课程系统中的课程包（SCORM 1.2）。{ $error } 是课程系统自己的代码和说明。
course-not-started = 课程系统没有开始会话（{ $error }）。本页一切正常，但你的进度不会记录到课程中。
course-not-saved = 课程系统无法保存你的进度（{ $error }）。进度仍保留在本页，课程之前记录的内容也不会丢失。
course-not-committed = 课程系统无法存储发送给它的内容（{ $error }）。你的进度仍保留在本页，课程之前记录的内容也不会丢失。
course-settings-too-long = 你的设置太长，课程系统无法保存（最多 4096 个字符）。你的进度已保存；设置仍保留在本页的链接中。

## Pieces every widget shares

widget-more-settings = 更多设置
widget-dismiss = 关闭
widget-pause = 暂停
widget-save-png = 保存 PNG
widget-save-png-plot = 保存 PNG：{ $plot }
widget-slider-still-using = { $problem }；仍使用 { $value }
widget-loss-sound = 声音：音调随损失下降而降低
widget-loss-tone = { $name }为 { $loss }，对应音高 { $hz } Hz。
widget-loss-not-a-number = { $name }不是数字：不发声。
widget-loss-none = 还没有损失值：开始训练就能听到。
widget-loss-range = 音调越低，损失越低：损失不高于 { $floor } 时为 { $low } Hz，不低于 { $ceiling } 时为 { $high } Hz。
widget-slider-field = { $name }的数值

## Lesson

lesson-s1-title = 1. 生物神经元
lesson-s2-title = 2. 人工神经元
lesson-s3-title = 3. 类比成立之处
lesson-s4-title = 4. 类比失效之处
lesson-s5-title = 5. 这个名字为何沿用至今
lesson-s6-title = 6. 小结
lesson-s7-title = 7. 检验你的理解
lesson-contents-label = 目录
lesson-try-this = 试一试。

## Lesson, section 1

lesson-s1-text = 神经元在树突上收集信号，其他细胞的轴突在突触处与它相接。每个突触都有一定的强度：有的起兴奋作用，有的起抑制作用。胞体把这些作用累加起来，表现为膜电位的变化，而膜电位又会逐渐泄漏，回落到静息水平。当轴突始端（轴丘及轴突起始段）的电位越过阈值时，神经元便发放一个动作电位：这是一个大小几乎固定的锋电位，沿轴突传向下一批细胞；随后是不应期，神经元不能立即再次发放，此后一段时间内也只有更强的输入才能使它发放。学习改变的东西有很多，突触的强度就是其中之一。
lesson-s1-aside = “全或无”适用于在轴突起始段产生的锋电位，但这并不是全部：膜电位较慢的、分级（模拟）的变化也会沿轴突传播，并改变一个锋电位所释放的递质量（Shu et al. 2006, Nature 441:761；Alle & Geiger 2006, Science 311:1290）；还有一些神经元，例如视网膜的光感受器和大多数双极细胞，根本不产生锋电位，而是用分级电位传递信号（有些双极细胞长期被归入此类，后来却发现也会产生锋电位：Baden et al. 2011, Curr Biol 21:1859）。
lesson-s1-try = 降低幅度，直到锋电位消失：阈值在哪里？然后选择成对脉冲并缩短间隔：第二个脉冲从什么时候起不再引发锋电位？为什么？

## Lesson, section 2

lesson-s2-text = 人工神经元保留了轮廓，舍弃了物理过程。它的输入 x 代表到达树突的信号，权重 w 代表突触强度，加权和加上偏置代表胞体的累加，激活函数 f 代表是否发放的决定；输出 y 代表轴突传出的信号。整个神经元只需一行公式：y = f(w · x + b)。示例中，输入为 (0.5, 0.3, 0.8)，权重为 (0.4, −0.2, 0.9)，偏置为 0.1：z = 0.96，σ(0.96) = 0.7231。
lesson-s2-try = 把第二个权重设为很大的负值：输出会下降多少？再切换到阶跃函数：现在哪个 z 值是阈值？斜率又会怎样？

## Lesson, section 3

lesson-s3-learning-heading = 学习改变连接强度
lesson-s3-learning-text = 两种神经元都通过改变连接强度来学习。人工神经元沿着误差的斜率下降（梯度下降）；当某个突触的输入有助于引发锋电位时，这个突触就会增强（锋电位时序依赖可塑性），而在许多突触上，只有同时存在多巴胺等神经调质时才会如此。有两个输入时，神经元会在平面上画出一条直线，而学习就是移动这条直线。
lesson-s3-learning-try = 先在 OR 上训练，再在 XOR 上训练。为什么 XOR 始终只能分对四个点中的三个？加入特征 x₁·x₂ 后会有什么变化？
lesson-s3-layers-heading = 分层，以及让堆叠变得有意义的非线性
lesson-s3-layers-text = 在大脑中，信息主要由许多细胞共同的活动模式携带，而不是由某一个细胞单独携带；网络也以同样的方式，把一个问题分散到多层单元上。但只有每一层都使用非线性激活函数（就像神经元的阈值那样），分层才有用：把线性单元堆叠起来，各层相乘后只会合并成一个线性映射。
lesson-s3-layers-try = 选择螺旋数据集，训练默认网络。然后按下“把所有激活函数改为线性”：无论你增加多少单元，边界会怎样？
lesson-s3-bridge-text = 对时间取平均后，一个发放锋电位的神经元，其发放频率确实很像一个激活函数；突触也确实会依据锋电位的时序来学习。下面分别展示这两点。

## Lesson, section 4: each item of the list starts with its claim in bold.

lesson-s4-backprop = <strong>反向传播在生物学中没有明确的对应物。</strong>训练网络时，精确的误差梯度沿着相同的连接反向传回（在分层网络组件中按下“显示反向传递”）。突触只能单向传递信号，目前也没有已知的机制能把前向权重复制到一条反向通路上（权重传输问题；Grossberg 1987）。没有这份副本，学习也能进行：在分层网络组件的“更多设置”中选择反馈对齐，它通过固定的随机权重把误差传回（Lillicrap et al. 2016, Nat. Commun. 7:13276），你可以看到，随着网络学习，它的更新方向与真实梯度之间的夹角逐渐减小。但它仍然需要一条独立的反向通路和精确的误差，所以只能说它在生物学上更合理，而不能说它就是大脑的学习机制。
lesson-s4-dale = <strong>真实的神经元要么兴奋、要么抑制；人工单元两者都能做。</strong>大多数神经元在其所有突触上的作用都相同，要么是兴奋性的，要么是抑制性的（戴尔原则），皮层神经元中约五分之一是抑制性的。而一个人工单元可以兴奋一个单元，同时抑制下一个单元。在分层网络组件的“更多设置”中打开戴尔定律：每个隐藏单元的传出权重就会保持同一符号；“比较”按钮会让同一个网络分别在有和没有该定律的情况下训练。符号受约束的网络学得较差；带有仿照皮层中间神经元构建的独立抑制性单元的网络则能弥补这一差距（Cornford et al. 2021, ICLR）。
lesson-s4-complexity = <strong>真实的神经元要复杂得多。</strong>即使是 1952 年的枪乌贼轴突模型，也需要三种随时间变化的离子通道门控（在<a href="#s1">第 1 节</a>的神经元实验中打开“更多设置”，勾选“深入内部”）；真实的神经元还有多得多的通道、能进行计算的树突（下面就有一个）、一百多种递质（约十几种小分子和一百多种神经肽；Purves et al., Neuroscience），以及会改变规则的调质。
lesson-s4-spikes = <strong>锋电位是时间中的事件；激活值是数字。</strong>神经元的输出是一串大小几乎相同的锋电位，它们的时序很重要；人工单元只输出一个连续值，无论输入何时到达，结果都一样。
lesson-s4-scale = <strong>规模与能耗。</strong>大约 860亿个神经元和 10¹⁴ 个突触只消耗约 20 瓦。已公开的最大模型，到 2020 年有 1750亿个参数（GPT-3），到 2021 年已超过一万亿个（稀疏的 Switch Transformer，1.6万亿个；Fedus et al. 2022, JMLR 23:120），但仍远少于大脑的突触数；更新的模型不再公布参数数量。训练一个这样的模型需要兆瓦级的功率：GPT-3 训练期间的平均功率约为 3.6 MW（Patterson et al. 2021）。其余数据的来源见下文<a href="#scale-title">规模：大脑与网络</a>。
lesson-s4-dendrite-heading = 能进行计算的树突
lesson-s4-dendrite-text = 点神经元把输入相加，再让总和通过一个函数。当这个函数只升不降（或只降不升）时，例如阶跃函数、sigmoid 和 ReLU，一个人工神经元只能沿一条直线把输入分开，无法计算 XOR；而先升后降的激活函数（例如钟形的高斯函数）则能让它做到。真实的树突不只是做加法。下面这个人类皮层神经元有一种树突钙锋电位，输入越强，它反而越弱；在基于这些记录构建的模型中，凭借它，单个神经元就能计算 XOR。
lesson-s4-dendrite-try = 看看真值表：哪些输入模式能让胞体发放？增大 τ，直到真值表显示 OR；再切换到单调树突，调节每个滑块去寻找 XOR。为什么你找不到？
lesson-s4-timing-heading = 锋电位与时间
lesson-s4-timing-try = 把两个输入在时间上错开，直到神经元不再发放。人工神经元的答案会改变吗？然后把“搭建一个人工神经元”组件中的神经元同时交给两种模型，比较一个数字和一串锋电位。

## Lesson, section 5

lesson-s5-history = 这个名字来自历史：McCulloch 和 Pitts（1943）把神经元建模为阈值单元，而 Rosenblatt 的感知机（1958）正是作为大脑学习的模型而构建的。轮廓保留了下来（加权的输入、类似阈值的非线性、通过改变权重来学习），而几乎其他一切都被舍弃，换成了适合在芯片上计算的东西。这个名字有助于提醒我们它的起源，但如果按字面理解，它就是一个误导人的承诺。
lesson-s5-claims = 所以，当有人说某个 AI 系统“像大脑一样工作”时，要问是哪一部分像：加权和与非线性，确实像；锋电位、时序、大脑的学习规则、大脑的能量预算、真实细胞的大量细节，在大多数系统中则完全不像。一个网络能做什么，必须通过测试来判断，而不能看它的名字。

## Lesson, section 6: the summary table.

lesson-summary-caption = 生物神经元与人工神经元的比较；每一行都链接到展示它的组件
lesson-summary-aspect = 方面
lesson-summary-biological = 生物神经元
lesson-summary-artificial = 人工神经元
lesson-summary-see-it = 去看看
lesson-summary-input = 输入的整合
lesson-summary-input-biological = 来自数千个突触的电流在膜上累加，在时间和空间上不断泄漏、相互作用
lesson-summary-input-artificial = 加权和 w · x + b，瞬时且精确
lesson-summary-input-see = <a href="#s2">人工神经元</a>
lesson-summary-nonlinearity = 非线性
lesson-summary-nonlinearity-biological = 阈值和全或无的锋电位，随后是不应期
lesson-summary-nonlinearity-artificial = 激活函数：阶跃、sigmoid、ReLU 等；没有它，多层会合并为一层
lesson-summary-nonlinearity-see = <a href="#s3">分层</a>
lesson-summary-output = 输出
lesson-summary-output-biological = 锋电位序列；发放时序携带信息
lesson-summary-output-artificial = 一个连续的数
lesson-summary-output-see = <a href="#s4">锋电位与时间</a>
lesson-summary-learning = 学习机制
lesson-summary-learning-biological = 由每个突触上的活动驱动的可塑性，例如 STDP，常常还受多巴胺等神经调质的门控（第三因子）
lesson-summary-learning-artificial = 梯度下降，使用反向传播的全局误差（反馈对齐不需要权重的副本，但仍需要反向通路）
lesson-summary-learning-see = <a href="#s3">学习</a>，<a href="#layers-title">不用反向传播的学习</a>
lesson-summary-complexity = 复杂性
lesson-summary-complexity-biological = 离子通道、能计算的树突（在基于实验记录构建的模型中，单个神经元就能计算 XOR）、一百多种递质、调制作用
lesson-summary-complexity-artificial = 几次乘法和一个函数
lesson-summary-complexity-see = <a href="#s1">生物神经元</a>，<a href="#dendrite-title">能计算 XOR 的树突</a>
lesson-summary-scale = 规模与能耗
lesson-summary-scale-biological = 860亿个神经元，约 10¹⁴ 个突触，20 W；一次突触事件约 0.01 pJ
lesson-summary-scale-artificial = 数千亿个参数，已公开的最大模型超过一万亿个（2020–2022 年）；训练需要兆瓦级功率；一次 32 位乘加运算约 5 pJ（在 45 nm 芯片上）
lesson-summary-scale-see = <a href="#s4">规模</a>

## Lesson, section 7

lesson-s7-text = 针对本课观点的十道题。每道题的答案都附有解释，并链接到展示它的组件；如果你在课前做过概念检测，还会显示你的进步。

## Scale widget

scale-title = 规模：大脑与网络
scale-lede = 各数量画在对数坐标轴上，每条网格线是前一条的一百倍。一个突触远不只是一个数，一个参数也远不及一个突触：这里比较的只是数量级，并非同类事物之间的比较。
scale-chart-label = 规模比较（对数坐标）
scale-bar-name = { $system } · { $quantity }
scale-readout = { $system }：约{ $count }个{ $quantity }（来源：{ $source }）。
scale-readout-empty = 聚焦或指向某个条形，即可查看其数值和来源。
scale-energy-title = 能耗：大脑中的一次事件与芯片中的一次运算
scale-energy-caption = 一次事件的能耗，单位为皮焦（10⁻¹² J），附计算过程
scale-energy-event = 事件
scale-energy-energy = 能耗
scale-energy-how = 计算方法
scale-energy-picojoules = { $pj } pJ
scale-energy-from-atp = { $atp } 个 ATP × 每个 ATP { $joules_per_atp } J = { $pj } pJ
scale-energy-measured = 在 45 nm 芯片上实测
scale-energy-text = 因此，一次突触事件的能耗大致为一次 32 位乘加运算的 { $ratio }，而一个完整锋电位的能耗约相当于 { $spikes } 次乘加运算；这两个数字都只在几倍的误差范围内可靠，而从内存中读取一个数的能耗比两者都高。自上而下的估算结果要高出十倍以上，这也理应如此，因为它计入的是大脑的全部开销，而不只是一次事件的开销：约 20 瓦的功率由大约 10¹⁴ 个突触分担，每个突触大约每秒传递一次信号，这样每次突触事件约为 10⁻¹³ 焦耳量级。数据中心的 GPU（NVIDIA A100：最大功率 400 W，每秒 312 × 10¹² 次 16 位运算）在满负荷运行时每次运算约消耗 10⁻¹² 焦耳，而训练一个大型语言模型要让数千块这样的 GPU 连续运转数周。
scale-sources = 资料来源
scale-source-count = { $system }，{ $quantity }：{ $source }
scale-source-energy = { $event }：{ $source }
scale-source-brain-power = 大脑功率约 20 W：Attwell & Laughlin 2001, J. Cereb. Blood Flow Metab.；Raichle & Gusnard 2002, PNAS。
scale-source-gpu = NVIDIA A100 Tensor Core GPU 数据手册（2020）：400 W，312 TFLOPS FP16 tensor。
scale-source-atp = 一个 ATP 分子约 8.3 × 10⁻²⁰ J：细胞条件下约 50 kJ/mol（Nelson & Cox, Lehninger Principles of Biochemistry）除以阿伏伽德罗常数。

## The artificial-neuron explorer

explorer-title = 搭建一个人工神经元
explorer-lede = 输入乘以权重，加上偏置，再经过激活函数：{ $formula }。
explorer-plot-label = 激活函数图像
explorer-notes-inputs = 每个输入都是到达树突的一个信号；它的权重就是该突触的强度，负权重起抑制作用。偏置会移动阈值：决定神经元在完全没有输入时有多容易发放。
explorer-function = 函数
explorer-slope = 斜率
explorer-biology = <strong>生物学：</strong>{ $note }
explorer-notes-plot = 橙色圆环是神经元的工作点 (z, f(z))；橙色直线是该点的切线，梯度下降所依据的正是它的斜率。

## The neuron diagram

explorer-legend-excitatory = 兴奋性，w > 0
explorer-legend-inhibitory = 抑制性，虚线
explorer-legend-width = 线宽：|w|
explorer-diagram-title = 神经元示意图
explorer-diagram-inputs = 输入 x
explorer-diagram-dendrites = 树突
explorer-diagram-weights = 权重 w
explorer-diagram-synapses = 突触
explorer-diagram-cell-body = 胞体
explorer-diagram-hillock = 轴丘
explorer-diagram-output = 输出 y
explorer-diagram-axon = 轴突
explorer-diagram-sums = 累加输入
explorer-diagram-passes-on = 把信号传下去
explorer-diagram-input-excitatory = x{ $n } = { $x }，经过权重为 { $w } 的兴奋性突触
explorer-diagram-input-inhibitory = x{ $n } = { $x }，经过权重为 { $w } 的抑制性突触
explorer-diagram-input-silent = x{ $n } = { $x }，经过权重为 { $w } 的沉默突触
explorer-diagram-input-separator = { "；" }
explorer-diagram-result = 胞体把它们与偏置相加，得到 z = { $z }；{ $activation } 激活函数给出输出 { $y }，沿轴突传出。
explorer-diagram-description = { $n ->
       *[other] { $n } 个输入
    }：{ $inputs }。偏置 b = { $bias }。{ $result }

## The equation with live numbers

explorer-equation-title = 实时方程
explorer-cannot-evaluate = 无法计算这个神经元：{ $reason }
explorer-weighted-sum = 加权和
explorer-output = 输出
explorer-output-aria = 神经元输出 y

## The explorer's controls

explorer-inputs-title = 输入和权重
explorer-input-label = 输入 x
explorer-weight-label = 权重 w
explorer-bias-label = 偏置 b
explorer-remove-input = 移除输入 x{ $n }
explorer-activation-label = 激活函数
explorer-add-input = 添加输入
explorer-add-input-limit = 这里的神经元最多只能有 { $n ->
       *[other] { $n } 个输入
    }
explorer-example = 正文中的示例
explorer-reset = 重置
explorer-reset-title = 恢复到打开本页时的设置

## The decision-boundary widget

boundary-title = 画一条边界，再让神经元来学习
boundary-lede = 有两个输入的神经元沿直线 { $formula } 把平面一分为二。拖动这条直线，或者按下“{ boundary-train }”，看它如何学习。然后试试 XOR。

## The boundary's data

boundary-data-set = 数据集
boundary-own-points = 自定义的点
boundary-product-feature = 加入特征 x₁·x₂ 作为第三个输入
boundary-seed = 随机种子
boundary-new-seed = 新种子
boundary-noise = 噪声
boundary-new-points-are = 新点属于
boundary-new-class-1 = 类别 1（蓝色圆形）
boundary-new-class-0 = 类别 0（朱红色方形）
boundary-point-form = 用键盘添加或删除点
boundary-new-point = 新点 x
boundary-add-point = 添加点
boundary-remove-point = 删除最近的点
boundary-no-point-near = 该位置 { $radius } 范围内没有可删除的点。
boundary-clear-points = 清除所有点
boundary-csv = 以 CSV 格式表示的点
boundary-csv-label = 每行一个点：x1,x2,label（label 为 0 或 1）
boundary-csv-load = 加载点
boundary-csv-show = 显示当前的点
boundary-point-not-added = 未添加点：点必须位于平面内，且最多只能有 { $n } 个。
boundary-csv-loaded = 已加载 { $n ->
       *[other] { $n } 个点
    }。
boundary-csv-not-loaded = 未加载任何内容。{ $reason }

## The boundary's training

boundary-learning = 学习
boundary-rule = 学习规则
boundary-rate = 学习率
boundary-training-group = 训练
boundary-train = 训练
boundary-one-epoch = 训练一轮
boundary-one-example = 训练一个样本
boundary-reset-weights = 重置权重
boundary-epoch = 轮次
boundary-loss = 损失
boundary-correct = 分类正确
boundary-correct-aria = 分类正确的点
boundary-correct-count = { $correct } / { $total }
boundary-speed = 速度
boundary-epochs-per-second = { $rate } 轮/秒
boundary-paused = 已暂停。
boundary-xor-stuck = 激活函数单调上升的单个人工神经元做不到；而在基于实验记录构建的模型中，单个人类皮层神经元却能做到：<a href="#dendrite-title">看看能计算 XOR 的树突</a>。
boundary-restore-run-start = 恢复本次训练前的权重
boundary-activation = 激活函数
boundary-speed-option = { $speed ->
        [slow] 慢速
        [normal] 正常
       *[fast] 快速
    }（每帧 { $n ->
       *[other] { $n } 轮
    }）
boundary-curve-label = 训练曲线：每轮的损失和准确率
boundary-curve-description = { $epochs ->
       *[other] { $epochs } 轮
    }的训练曲线：当前平均损失 { $loss }{ $trend ->
        [falling] ，仍在下降
        [flat] ，已趋于平稳（平台期）
        [rising] ，正在上升
       *[none] {""}
    }，{ $percent }% 的点分类正确。
boundary-curve-none = 尚未训练。

## One training example, step by step

boundary-step-title = 单个样本，逐步演示
boundary-step-example = 样本 ({ $x1 }, { $x2 })，类别 { $class }（目标 t = { $target }）。
boundary-step-forward = 前向传递：z = { $z }，输出 y = { $symbol }({ $z }) = { $y }。
boundary-step-error = 误差 y − t = { $error }；损失 { $loss }。
boundary-step-gradient-perceptron = 每个权重的梯度为 −(t − y)·x（感知机的更新方向）；更新 w ← w − { $rate }·梯度：
boundary-step-gradient = 每个权重的梯度为 ∂损失/∂w = ∂损失/∂z · x；更新 w ← w − { $rate }·梯度：
boundary-step-weight = 权重
boundary-step-input = 输入 x
boundary-step-gradient-column = 梯度
boundary-step-new-value = 新值

## The boundary's weights

boundary-weights-title = 权重和偏置
boundary-class-1-where = 当 f(z) ≥ { $half }，即 z ≥ { $level } 时为类别 1；箭头 (w₁, w₂) 指向这一侧。
boundary-weight-label = 权重 w
boundary-bias-label = 偏置 b

## The boundary's plane

boundary-plane-heading = 平面
boundary-plane-label = 决策平面：神经元在输入 x1 和 x2 上的输出，以及数据点
boundary-class-0 = 类别 0
boundary-class-1 = 类别 1
boundary-plane-hint = 拖动直线或它的箭头；点击空白处添加点，点击已有的点将其删除。

## Words drawn on the plots

plot-point = ({ $x }, { $y })
plot-epoch = 轮次
plot-time = 时间（ms）
plot-activation-x = z（加权和）
plot-activation-slope = f′(z)，斜率
plot-activation-curve = f(z)，{ $name }
plot-angle-y = 夹角（°）
plot-angle-random = 90°：不比随机方向好
plot-soma-threshold = 胞体阈值 { $value } mV
plot-dendrite-potential = 树突（静息 + dCaAP）
plot-soma = 胞体
plot-dendrite-curve-x = 输入电流 I（nA）
plot-dendrite-curve-y = 响应 / 最大值
plot-dendrite-sigmoid = sigmoid σ(I − θ)
plot-dendrite-relu = ReLU
plot-soma-fires = 高于此线胞体发放
plot-one-input = 一个输入
plot-both-inputs = 两个输入
plot-dendrite-amplitude = 树突 A(I) / A_max
plot-fi-x = 输入电流（{ $unit }）
plot-fi-y = 发放频率（Hz）
plot-fi-relu = ReLU 拟合
plot-fi-sigmoid = sigmoid 拟合
plot-fi-measured = 实测
plot-mean-loss = 平均损失
plot-fraction-correct = 准确率
plot-sweep = 扫描
plot-stdp-y = 权重变化 Δw
plot-repetitions = 重复次数
plot-weight = 权重
plot-stdp-synapse = 突触，STDP 配对
plot-stdp-artificial = 人工权重，梯度下降步
plot-rest-line = 静息 { $value } mV
plot-threshold-line = 阈值 { $value } mV
plot-gate-m = m（钠通道开放）
plot-gate-h = h（钠通道失活）
plot-gate-n = n（钾通道开放）
plot-open-fraction = 开放比例
plot-current-sodium = 钠电流（内向 < 0）
plot-current-potassium = 钾电流（外向 > 0）
plot-current-leak = 漏电流
plot-current-y = 电流（µA/cm²）

## Layers: a small network that learns by backpropagation

layers-title = 把神经元分层堆叠
layers-lede = 非线性的层可以让边界弯曲；线性的层会合并成一个神经元。

## Layers: settings, transport and readouts

layers-controls-title = 网络与学习
layers-data-label = 数据集
layers-hidden-layers-label = 隐藏层数
layers-hidden-activation-label = 隐藏层激活函数
layers-rate-label = 学习率
layers-units-label = 隐藏层 { $layer } 的单元数
layers-transport-label = 网络训练
layers-train-button = 训练
layers-one-epoch-button = 训练一轮
layers-reset-button = 重置
layers-epoch-readout = 轮次
layers-test-loss-readout = 测试损失
layers-train-correct-readout = 训练准确率
layers-test-correct-readout = 测试准确率
layers-test-accuracy-label = 测试准确率
layers-spoken-training = 正在训练，第 { $epoch } 轮：{ $accuracy ->
        [none] 测试损失 { $loss }。
       *[other] 测试准确率 { $accuracy }%，测试损失 { $loss }。
    }
layers-spoken-paused = 第 { $epoch } 轮：{ $accuracy ->
        [none] 测试损失 { $loss }。
       *[other] 测试准确率 { $accuracy }%，测试损失 { $loss }。
    }
layers-percent = { $value }%
layers-output-activation-label = 输出层激活函数
layers-loss-label = 损失
layers-batch-label = 批大小
layers-l2-label = 正则化率
layers-loss-sound-name = 训练损失
layers-blew-up = 权重发散了：这个学习率太大。训练已在任何数值变为无穷大之前暂停；请降低学习率，或按“重置”。

## Layers: the network diagram and the selected unit

layers-diagram-title = 网络
layers-backward-button = 显示反向传递
layers-diagram-label = 网络示意图
layers-unit-button = 单元 { $name }：显示其输出并编辑其权重
layers-input-label = 输入 { $name }
layers-diagram-description = 一个网络：输入为 { $inputs }；{ $layers ->
        [1] 一个隐藏层，含 { $sizes } 个单元
       *[other] { $layers } 个隐藏层，分别含 { $sizes } 个单元
    }（{ $hidden_activation } 激活函数）；{ $outputs ->
        [1] 一个输出（{ $output_activation }）
       *[other] { $outputs } 个输出，每个类别一个，由 softmax 转换为概率
    }。共 { $weights } 个权重和 { $biases } 个偏置。{ $dale ->
        [on] 戴尔定律：每个隐藏单元要么是兴奋性的，要么是抑制性的；抑制性单元画成双圆环。
       *[off] { "" }
    }
layers-legend-positive = 正
layers-legend-negative = 负，虚线
layers-legend-width = 线宽：|w|
layers-backward-backprop = 反向传递：误差信号 δ 到达第 { $layer } 层，并沿该层的传入权重（橙色）反向流动，每个权重得到的梯度为 δ × 它所传递的输入。
layers-backward-output = 反向传递：输出单元的误差 δ 更新其传入权重（橙色），这一步与反向传播完全相同；接下来通过固定的随机反馈传到隐藏层。
layers-backward-feedback-alignment = 反馈对齐：误差 δ 通过固定的随机矩阵 B（紫色虚线）而不是前向权重到达第 { $layer } 层；该层的每个传入权重（橙色）得到 δ × 它所传递的输入。
layers-backward-direct = 直接反馈对齐：输出的误差直接从输出层到达第 { $layer } 层，经过该层自己的固定随机矩阵（紫色虚线）；该层的每个传入权重（橙色）得到 δ × 它所传递的输入。
layers-select-unit-hint = 选择一个单元来查看和编辑。
layers-unit-title = 单元 { $name }
layers-unit-plot-label = 所选单元在平面上的输出
layers-unit-description = 这个单元在平面上的输出范围是 { $low } 到 { $high }。
layers-weight-from-label = 来自 { $name } 的权重
layers-bias-label = 偏置

## Layers: why nonlinearity matters, and backpropagation's problem

layers-collapse-title = 为什么非线性很重要
layers-collapse-nonlinear = 隐藏单元是非线性的，所以各层不能相乘合并为一层：边界可以弯曲。把所有激活函数改为线性，看看网络如何退化为单个神经元。
layers-make-linear-button = 把所有激活函数改为线性
layers-collapse-linear = 所有隐藏层的激活函数都是线性的，所以各层相乘后合并为一个线性层（权重矩阵的乘积，偏置也随之传递）：
layers-collapsed-equation-label = 等效的单层
layers-collapse-caption = 单层的预测与网络完全相同
layers-collapse-input-column = 输入 (x₁, x₂)
layers-collapse-network-column = 网络
layers-collapse-single-column = 单层
layers-collapse-point = ({ $x1 }, { $x2 })
layers-collapse-note = 无论有多少层、多少单元，它的边界都只是一条直线（平面上的虚线）：XOR、圆形和螺旋都无法解决。把隐藏层激活函数改回 tanh 或 ReLU，边界就能弯曲。
layers-backprop-title = 反向传播及其生物学难题
layers-backprop-text = 为了学习，网络把输出误差沿相同的连接逐层反向传回，让每个权重精确地承担自己那一份责任（按下示意图上方的<em>显示反向传递</em>）。大脑中没有已知的机制能做到这一点：突触只单向传递信号，而反向传回误差需要精确复制前向权重。已知能改变突触的，是这个突触上的活动（输入锋电位，以及细胞自身反向传入树突的锋电位），而且常常还要有多巴胺等神经调质同时作用于许多突触（第三因子；Gerstner et al. 2018, Front Neural Circuits 12:53）：这是一种表示奖赏或意外的信号，而不是针对每个突触的精确误差。
layers-feedback-text = 学习真的需要那份精确的副本吗？在“更多设置”中选择反馈对齐：误差改为通过固定的随机权重传回（Lillicrap et al. 2016），图中显示它的更新方向与真实梯度之间的夹角。夹角起初接近或大于 90°，随着前向权重逐渐与随机反馈对齐而减小，随后损失开始下降，通常比反向传播慢。它也可能停滞不前：在 XOR 上，默认的 4-2 网络分对 77% 的测试点后就停滞了，而反向传播能达到 100%。最后一个隐藏层的每个单元都只通过一个固定的随机数接收输出误差，因此它们全都被推着朝同一方向改变输出；只有两个单元时，固定反馈可供对齐的方向太少，XOR 的两个角在这一层得到相同的编码，误差也就再也传不过去了。若只用一个含 4 个单元的隐藏层，反馈对齐就能学会 XOR。

## Layers: training curves

layers-curves-label = 网络训练曲线
layers-curve-training = 训练损失
layers-curve-test = 测试损失
layers-curves-description = { $epochs ->
       *[other] { $epochs } 轮
    }训练中每轮的损失和准确率：当前训练损失 { $train_loss }，测试损失 { $test_loss }{ $trend ->
        [falling] ，仍在下降
        [flat] ，已趋于平稳（平台期）
        [rising] ，正在上升
       *[none] {""}
    }{ $correct ->
        [none] 。
       *[other] ，{ $correct }% 的测试点分类正确。
    }

## Layers: the learning rule (under More settings)

layers-rule-label = 学习规则
layers-rule-note = { $rule ->
        [backprop] 误差沿转置的前向权重反向传回：每次更新都精确地沿真实梯度进行（夹角 0°）。
        [feedback-alignment] 误差通过固定的随机矩阵 B 而不是前向权重反向传回，因此不需要权重的副本（Lillicrap et al. 2016）。
       *[direct-feedback-alignment] 输出误差经过各隐藏层自己的固定随机矩阵，直接传到每个隐藏层（Nøkland 2016）；只有一个隐藏层时，它就是反馈对齐。
    }更换规则会从相同的初始权重重新开始，因此各次运行可以公平比较。
layers-angle-readout = 与梯度的夹角
layers-angle-output-label = 与真实梯度的夹角
layers-angle-plot-label = 更新方向与真实梯度之间的夹角
layers-angle-description = 这条规则对隐藏层权重的更新与真实梯度之间的夹角：开始时为 { $start }°，第 { $epoch } 轮时为 { $now }°。夹角小于 90° 时，更新方向仍然是下坡方向（损失仍在减小）。
layers-angle-none = 还没有夹角数据。
layers-feedback-note = 随机反馈通路不需要前向权重的副本，但它仍是一条传递精确误差的独立反向通路：在生物学上比反向传播更合理，但仍不是大脑的学习机制。

## Layers: the plane

layers-plane-heading = 平面
layers-plane-label = 网络在平面上的输出
layers-plane-description = { $linear ->
        [yes] 隐藏层是线性的：边界是一条直线。
       *[no] { $shape }
    }训练点：{ $train } 个，{ $train_correct }% 分类正确；测试点：{ $test } 个，{ $test_correct }% 分类正确。
layers-legend-training = 训练点（实心）
layers-legend-test = 测试点，未参与训练（空心）
layers-layer-group = 隐藏层 { $layer }
layers-remove-layer = 删除隐藏层 { $layer }
layers-add-layer = 添加一个隐藏层
layers-features-legend = 输入特征
layers-data-two-classes = 两个类别
layers-data-several-classes = 三个或四个类别
layers-data-regression = 回归：预测一个数值
layers-class-name = 类别 { $class }
layers-per-class-label = 各类别分类正确的测试点
layers-test-loss-label = 测试损失
layers-train-loss-readout = 训练损失
layers-train-share-label = 用于训练的点
layers-noise-label = 噪声
layers-show-test = 显示测试点
layers-discretise = 以纯色显示输出
layers-click-adds = 点击平面添加的点
layers-new-value-label = 该点的数值
layers-csv = 以 CSV 格式输入自定义的点
layers-csv-label = 每行一个点：x1,x2,label；label 为类别 0 到 3，回归时为 −1 到 1 之间的数值
layers-regulariser-label = 正则化
layers-regulariser-l1 = L1（使许多权重变为零）
layers-regulariser-l2 = L2（权重衰减）
layers-softmax-text = 有 { $classes } 个类别时，网络的每个类别各有一个输出，<strong>softmax</strong> 把这些输出值 z 转换为总和为 1 的概率：p<sub>k</sub> = exp(z<sub>k</sub>) / Σ<sub>j</sub> exp(z<sub>j</sub>)。平面上显示概率最大的类别，网络越不确定的地方颜色越浅。训练使交叉熵（真实类别的 −ln p）最小化。只有两个类别时，这就是你一开始用的 sigmoid 输出：(z, 0) 的 softmax 对一个类别是 z 的 sigmoid，对另一个类别是 1 减去它。
layers-plane-class-regions = 类别 { $class }：{ $regions }（占平面的 { $share }%）。
layers-plane-nowhere = 无
layers-plane-values = 它预测的值从 { $low } 到 { $high }；大于 0 的区域：{ $regions }。
layers-plane-regression-description = { $shape }训练点：{ $train } 个，损失 { $train_loss }；测试点：{ $test } 个，损失 { $test_loss }。
layers-inhibitory-unit-button = 单元 { $name }（抑制性）：显示其输出并编辑其权重
layers-legend-inhibitory = 双圆环：抑制性单元
layers-dale-title = 戴尔定律
layers-dale-switch = 每个隐藏单元为兴奋性或抑制性
layers-dale-share-label = 抑制性单元
layers-dale-more = 什么是戴尔定律？它有什么代价？
layers-dale-text = 大多数真实神经元在其所有突触上的作用都相同：兴奋性神经元使它到达的每个细胞兴奋，抑制性神经元则抑制它们（即戴尔原则，由埃克尔斯（Eccles）于 1954 年命名；有些神经元释放两种递质，不符合这一原则）。约 20% 的皮层神经元是抑制性的（Markram et al. 2004, Nat Rev Neurosci 5:793）。人工单元的传出权重可以是任意符号。打开开关后，每个隐藏单元的传出权重都保持同一符号（兴奋性为蓝色，抑制性为朱红色）：训练本会把某个权重推过零时，它会停在零。受到这种简单约束的网络学得不如自由的网络；Cornford et al.（2021, “Learning to live with Dale's principle”, ICLR）发现，加入仿照皮层中间神经元连接方式的独立抑制性单元，可以让它们恢复到自由网络的水平。
layers-dale-compare-button = 比较：分别在有和没有该定律时训练（各 { $epochs } 轮）
layers-dale-compared = 从相同起点训练 { $epochs } 轮后：没有戴尔定律时 { $free }；有戴尔定律时（{ $share }% 为抑制性单元）{ $bound }。
layers-dale-loss = 测试损失 { $loss }

## Dendrite: one neuron that computes XOR

dendrite-title = 一个能计算 XOR 的神经元
dendrite-lede = 这是一个人类皮层树突的模型，它的钙锋电位随输入增强而减弱：两个各自都能让神经元发放的输入，同时到来时反而无法使它发放。
dendrite-kind-label = 树突
dendrite-strength-label = 强度 s（nA）
dendrite-theta-label = 阈值 θ（nA）
dendrite-tau-label = 衰减 τ（nA）
dendrite-run-title = 树突与胞体
dendrite-run-plot-label = 树突与胞体的电位曲线
dendrite-run-description = 输入 x₁ = { $x1 }，x₂ = { $x2 }：树突接收 { $input } nA 电流，其钙锋电位的峰值比静息电位高 { $amplitude } mV；{ $fires ->
        [yes] 胞体在 { $time } ms 时发放
       *[no] 胞体保持在阈值以下，不发放
    }。
dendrite-curve-title = 树突的激活函数
dendrite-curve-plot-label = dCaAP 幅度随输入的变化
dendrite-curve-description = { $kind ->
        [dcaap] 在阈值 θ = { $theta } nA 以下，dCaAP 为零；到达 θ 时跃升到最大值 { $max } mV，之后随输入增强而减小：sigmoid 和 ReLU 只会上升，而这个激活函数会再次下降。
       *[monotonic] 单调树突在 θ = { $theta } nA 附近陡然上升，对于任何更强的输入都保持在最大值 { $max } mV，就像 sigmoid 一样。
    }一个输入（{ $one_input } nA）产生 { $one_amplitude } mV，两个输入（{ $both_input } nA）产生 { $both_amplitude } mV；高于 { $firing } mV 时胞体发放。
dendrite-model-text = 模型：低于树突阈值 θ 时没有钙锋电位；达到或超过阈值时，产生幅度为 A(I) = A_max · e^(−(I − θ)/τ) 的锋电位，其时间进程固定，持续几十毫秒，并通过耦合电流驱动一个积分-发放型胞体。每个活跃的输入都带来相同的电流 s，所以树突接收到的电流为 0、s 或 2s。增大 τ，或者减弱输入，使两个输入同时到来时仍接近阈值，XOR 就会变成 OR；把输入减弱到 θ 以下，它就变成 AND。切换到单调树突：无论怎样设置，都只会出现 AND 或 OR。
dendrite-source-text = 来源：Gidon et al. 2020（Science 367:83）在人类皮层第 2、3 层的脑片中记录到这种分级的钙锋电位（dCaAP），并在一个基于实测曲线构建的模型中证明，单个这样的神经元就能计算 XOR。这个 XOR 是在模型中展示的，并不是在活体大脑中作为 XOR 被记录到的。更早之前，Poirazi、Brannon & Mel（2003, Neuron 37:989）就已在一个详细的锥体神经元模型中证明，其树突本身就像一个两层网络。这里的参数只是示意性的，是为了展示这一效应而选定的，并非针对某个特定细胞拟合而来。

## Dendrite: the truth table

dendrite-table-caption = 模拟得到的真值表：选择一行即可查看该次运行
dendrite-amplitude-column = dCaAP（mV）
dendrite-soma-column = 胞体
dendrite-soma-fires = 发放
dendrite-soma-silent = 不发放
dendrite-row-label = { $fired ->
        [yes] { dendrite-soma-fires }
       *[no] { dendrite-soma-silent }
    }：x₁ = { $x1 }，x₂ = { $x2 }，显示其电位曲线
dendrite-gate-readout = 这个神经元计算的是 { $gate }。{ $meaning }
dendrite-gate-xor = 恰好有一个输入活跃时它才发放：这是任何激活函数单调上升的单个人工神经元都做不到的。
dendrite-gate-or = 一个输入就足够，两个输入也仍然能让它发放：一个人工神经元也能做到。
dendrite-gate-and = 只有两个输入都活跃时它才发放：一个人工神经元也能做到。
dendrite-gate-never = 它从不发放：没有任何输入模式能让 dCaAP 超过胞体的发放水平。
dendrite-gate-always = 即使没有输入，它也总是发放。
dendrite-gate-other = 一个既不是 AND、也不是 OR 或 XOR 的函数。

## Biological neuron lab

bio-primer-title = 记录一个生物神经元
bio-primer-lede = 真实的神经元会随时间整合输入电流；当膜电位越过阈值时，它就发放一个大小几乎固定的锋电位。试着注入电流，找到阈值，再试试两个间隔很近的脉冲。
bio-timing-title = 锋电位发生在时间之中
bio-timing-explain = 一个数字对比一串锋电位：锋电位序列的频率随人工神经元的输出一起升降，但每次运行的锋电位时刻都不相同，而且负的输入不可能对应负的频率。
bio-bridge-title = 发放频率，以及突触如何学习

bio-model-hh = Hodgkin-Huxley（枪乌贼轴突）
bio-model-lif = 泄漏积分-发放
bio-stimulus-pulse = 单个脉冲
bio-stimulus-paired = 成对脉冲
bio-stimulus-train = 脉冲串
bio-stimulus-step = 阶跃（恒定电流）

bio-anatomy-title = 神经元的结构
bio-anatomy-description = 树突通过突触（权重 wᵢ）接收输入（人工神经元的输入 xᵢ）；胞体把它们加起来（加权和）；轴丘决定是否发放（激活函数，即一个阈值）；轴突把锋电位传给下一批细胞（输出 y）。此刻膜电位为 { $v } mV。{ $spike ->
        [none] 轴突上没有正在传导的锋电位。
       *[travelling] 一个锋电位正沿轴突传导，已走完 { $percent }% 的路程。
    }
bio-anatomy-dendrites = 树突与突触
bio-anatomy-dendrites-artificial = = 输入 xᵢ 与权重 wᵢ
bio-anatomy-soma = 胞体
bio-anatomy-soma-artificial = = 加权和 Σ
bio-anatomy-hillock = 轴丘
bio-anatomy-hillock-artificial = = 激活函数 f（阈值）
bio-anatomy-axon = 轴突
bio-anatomy-axon-artificial = = 输出 y

bio-stimulus-title = 刺激（电流钳）
bio-model-label = 神经元模型
bio-stimulus-label = 刺激
bio-amplitude-label = 幅度（{ $unit }）
bio-width-label = 脉冲宽度（ms）
bio-interval-label = 间隔（ms）
bio-playback = 回放
bio-play = 播放
bio-back = 后退 1 ms
bio-step = 前进 1 ms
bio-new-sweep = 新的扫描
bio-time-label = 时间（ms）
bio-readout = t = { $t } ms 时：V = { $v } mV，注入电流 { $i } { $unit }。
bio-time-spoken = { $t } ms：{ $v } mV
bio-noise-label = 噪声（{ $unit }）
bio-sound = 声音：回放时每个锋电位发出一声咔嗒
bio-speed-label = 速度
bio-speed-slow = 慢动作（10 ms/s）
bio-speed-normal = 正常（25 ms/s）
bio-speed-fast = 快速（100 ms/s）

bio-trace-title = 膜电位
bio-trace-plot = 膜电位曲线
bio-under-the-hood = 深入内部：显示离子通道的门控（Hodgkin-Huxley）
bio-gates-plot = 离子通道门控
bio-gates-description = 整个扫描中的门控变量：钠激活变量 m 的峰值为 { $m_peak }，钠失活变量 h 降至 { $h_low }，钾激活变量 n 的峰值为 { $n_peak }。
bio-currents-plot = 离子电流
bio-currents-description = 整个扫描中的离子电流：钠电流（内向）最大达 { $inward } µA/cm²，钾电流（外向）最大达 { $outward } µA/cm²。
bio-raster = 锋电位光栅图
bio-raster-description = 最近 { $sweeps ->
       *[other] { $sweeps } 次扫描
    }的光栅图：共 { $spikes ->
       *[other] { $spikes } 个锋电位
    }，平均发放频率 { $rate } Hz。

bio-fi-title = 发放频率：一种激活函数
bio-fi-model-label = 模型
bio-fi-plot = 发放频率与输入电流的关系
bio-fi-description = { $model } 模型的发放频率随恒定输入电流的变化：电流不超过 { $silent } { $unit } 时不发放，在 { $top } { $unit } 时为 { $rate } Hz。{ $shape ->
        [jump] 它是突然开始发放的：从不发放直接跳到 { $first } { $unit } 时的 { $first_rate } Hz（霍奇金所说的 2 类兴奋性），任何 ReLU 都无法拟合这种跳变。
        [fit] ReLU 拟合从 { $onset } { $unit } 开始，每 { $unit } 上升 { $gain } Hz。
       *[none] { "" }
    }
bio-fi-note = 对时间取平均后，一个发放锋电位的神经元，其发放频率随输入增大而升高，并逐渐趋于平稳（不应期限制了它的上限），这有点像 ReLU 或 sigmoid。正是在这个意义上，人工神经元的输出相当于发放频率。不过两者的形状并不相同：积分-发放神经元的频率在 1.5 nA 处从零开始上升，只是上升得非常陡；而 Hodgkin-Huxley 模型在 6.3 µA/cm² 附近从不发放直接跳到约 50 Hz（按 Hodgkin 的分类属于第 2 类；模拟的是 6.3 °C 下的枪乌贼轴突），因此没有哪条 ReLU 曲线能很好地拟合它。而且，真实的输出仍然是一串在时间中排列、全或无的锋电位；这个数字只是一个平均值，人工神经元跳过了锋电位，直接使用它。

bio-stdp-title = 真实的突触如何学习
bio-stdp-plot = 锋电位时序依赖可塑性窗口
bio-stdp-description = STDP 窗口：权重变化随突触前锋电位到突触后锋电位之间延迟的变化关系。正延迟使突触增强，负延迟使突触减弱，两者都以 20 ms 的时间常数衰减；圆环标出所选的延迟。
bio-stdp-delay-label = 延迟：突触前→突触后（ms）
bio-stdp-potentiation = 突触前比突触后早 { $delay } ms 发放：每次配对使突触权重增加 { $change }（突触增强）。
bio-stdp-depression = 突触前比突触后晚 { $delay } ms 发放：每次配对使突触权重减少 { $change }（突触压抑）。
bio-stdp-simultaneous = 同时发放：没有变化。
bio-stdp-repeat = 重复配对
bio-stdp-pair-more = { $n ->
       *[other] 再配对 { $n } 次
    }
bio-stdp-start-again = 重新开始
bio-stdp-weights-plot = 多次配对与梯度下降步骤后的权重
bio-stdp-trajectory = 以 { $delay } ms 的延迟配对 { $n ->
       *[other] { $n } 次
    }后，突触权重为 { $weight }（起始为 { $start }）；朝输出 1 做了 { $n ->
       *[other] { $n } 步梯度下降
    }后，人工权重为 { $artificial }。
bio-compare-caption = 锋电位时序依赖可塑性与梯度下降
bio-compare-aspect = 方面
bio-compare-stdp = STDP（突触）
bio-compare-gradient = 梯度下降（人工）
bio-compare-signal = 使用的信号
bio-compare-signal-stdp = 这个突触上两个锋电位的时序
bio-compare-signal-gradient = 整个网络输出的误差
bio-compare-reach = 作用范围
bio-compare-reach-stdp = 局部：只用这个突触上两个锋电位的时刻（在大脑中常常还受神经调质的门控：第三因子）
bio-compare-reach-gradient = 全局：误差被逐层传回
bio-compare-follows = 依据什么
bio-compare-follows-stdp = 时间上的因果关系：这个输入是否促成了这次发放？
bio-compare-follows-gradient = 损失的斜率：朝哪个方向能减小误差？
bio-compare-backward = 反向传递
bio-compare-backward-stdp = 无：不传回任何误差（输出锋电位本身会反向传入树突）
bio-compare-backward-gradient = 反向传播，使用精确的梯度

bio-coincidence-title = 时序很重要
bio-coincidence-note = 两个兴奋性输入到达一个积分-发放神经元。在默认强度下，单独任何一个都太弱，无法使它发放。把它们在时间上错开试试。
bio-coincidence-delay-label = 两个输入之间的延迟（ms）
bio-coincidence-strength-label = 每个输入的强度（nA）
bio-coincidence-plot = 双输入时序曲线
bio-coincidence-artificial = 人工阶跃神经元，x₁ = x₂ = 1，w₁ = w₂ = { $w }，b = { $b }：z = { $z } → 输出 { $y }（{ $state ->
        [fires] 发放
       *[silent] 不发放
    }），在这个延迟和其他任何延迟下都一样。

bio-same-title = 相同的输入，两种神经元
bio-same-note = 上方“搭建一个人工神经元”组件中的神经元，以两种方式运行。每个输入 xᵢ 变成一串频率为 xᵢ × { $rate } Hz 的随机（泊松）锋电位序列；每个权重 wᵢ 变成它的每个锋电位注入的电流（wᵢ × { $charge } nA，负值表示抑制性）；偏置变成一个恒定电流。改变该组件的设置，观察两种神经元的回答。
bio-same-artificial = 人工神经元
bio-same-artificial-output = 人工神经元的输出
bio-same-lif = 积分-发放神经元
bio-same-biological-output = 生物神经元的输出
bio-same-rate = { $ms } ms 内 { $n ->
       *[other] { $n } 个锋电位
    }：{ $hz } Hz
bio-same-plot = 输入与输出的锋电位序列
bio-train-input = 输入 x{ $i }
bio-train-output = 输出
bio-same-input-train = 输入 x{ $i } 发放 { $n ->
       *[other] { $n } 个锋电位
    }
bio-list-separator = { "，" }
bio-same-description = { $ms } ms 内的锋电位序列：{ $inputs }；积分-发放神经元的回答是 { $n ->
       *[other] { $n } 个锋电位
    }（{ $hz } Hz）。
bio-same-new-trains = 新的随机锋电位序列

## Learn: challenges, predictions and progress

challenge-list-title = 挑战
challenge-hint = 提示
challenge-state-solved = （已完成）
challenge-state-open = （尚未完成）
challenge-nand-table-caption = 每组输入对应的神经元输出（前两个权重和偏置）
challenge-nand-table-output = 输出
challenge-nand-table-nand = NAND

challenge-goal-reached = 目标达成。
challenge-rows-wrong = { $n ->
       *[other] 还有 { $n } 行（或点）不对。
    }
challenge-accuracy-short = 测试准确率距 90% 还差 { $points } 个百分点。

challenge-threshold-title = 找到阈值
challenge-threshold-goal = 使用 Hodgkin-Huxley 模型、单个 1 ms 脉冲且无噪声，把幅度调到仍能引发锋电位的最小值。
challenge-threshold-hint = 每次把幅度降低一档（方向键每次调整 0.5）。锋电位的高度一直不变，直到突然完全消失：最后一个还有锋电位的值就是答案。
challenge-threshold-setup = 先设置为：Hodgkin-Huxley，宽 1 ms 的单个脉冲，噪声 0。
challenge-threshold-below = 没有锋电位：这个脉冲低于阈值。
challenge-threshold-far = 发放了，但远高于阈值。
challenge-threshold-close = 发放了，已接近阈值：再低一点。

challenge-refractory-title = 找到不应期
challenge-refractory-goal = 使用 Hodgkin-Huxley 模型、成对脉冲且无噪声，设置仍能产生第二个锋电位的最短间隔（误差在 1 ms 以内）。
challenge-refractory-hint = 从 20 ms 开始缩短间隔。第二个锋电位消失后，再一档一档往回调。
challenge-refractory-setup = 先设置为：Hodgkin-Huxley，成对脉冲，噪声 0，以及能使神经元发放的幅度。
challenge-refractory-below = 只有一个锋电位：第二个脉冲来得太早。
challenge-refractory-far = 有两个锋电位，还有余地：缩短间隔。
challenge-refractory-close = 有两个锋电位，已接近极限：再短一点。

challenge-fire-50-title = 以 50 Hz 发放
challenge-fire-50-goal = 在阶跃电流、无噪声的条件下，使积分-发放神经元以每秒 50 ± 2 个锋电位的频率发放。
challenge-fire-50-hint = 刚超过 1.5 nA（神经元开始发放处）时，频率急剧上升，变化比滑块 0.5 nA 的步长还快：在数字框中输入介于两档之间的幅度。
challenge-fire-50-setup = 先设置为：积分-发放，阶跃电流，噪声 0。
challenge-fire-50-far-fast = 快得太多：请减小电流。
challenge-fire-50-fast = 稍微快了一点。
challenge-fire-50-far-slow = 慢得太多：请增大电流。
challenge-fire-50-slow = 稍微慢了一点。

challenge-target-output-title = 命中 0.25
challenge-target-output-goal = 使用 sigmoid 和示例中的输入 (0.5, 0.3, 0.8)，只改变权重和偏置，使输出为 0.25（± 0.005）。
challenge-target-output-hint = 当 z = ln(0.25 / 0.75) ≈ −1.10 时，σ(z) = 0.25。算一算哪个偏置能让 w · x + b 等于这个值。
challenge-target-output-setup = 先设置为：sigmoid，并使用示例中的输入。
challenge-target-output-far = 输出离 0.25 还很远。
challenge-target-output-high = 接近了，稍微偏高。
challenge-target-output-low = 接近了，稍微偏低。

challenge-nand-title = 让神经元计算 NAND
challenge-nand-goal = 使用阶跃函数和两个输入，选择权重和偏置，使得只有当两个输入都为 1 时输出为 0，其余情况输出都为 1。
challenge-nand-hint = 对于输入 (0, 0)，只有偏置决定输出：让它为正。然后每个权重都必须为负，而且两者加起来要压过偏置。
challenge-nand-setup = 先设置为：阶跃函数，恰好两个输入。

challenge-and-by-hand-title = 手动分开 AND
challenge-and-by-hand-goal = 在 AND 数据上，不经训练，只靠拖动直线或调节权重，把四个点全部分对。
challenge-and-by-hand-hint = 只有 (1, 1) 属于类别 1。拖动直线，把 (1, 1) 所在的角切出来，让另外三个点留在另一侧。
challenge-and-by-hand-setup = 先设置为：AND 数据，不加乘积输入，并且此后没有训练过（“重置权重”可清除训练结果）。

challenge-xor-one-neuron-title = 一个神经元，XOR
challenge-xor-one-neuron-goal = 用这一个神经元把 XOR 的四个点全部分对。
challenge-xor-one-neuron-hint = 在 (x₁, x₂) 平面上，没有哪条直线能做到。给神经元加上额外的输入 x₁·x₂（数据下方的复选框），然后训练，或者手动设置权重。
challenge-xor-one-neuron-setup = 先设置为：XOR 数据。

challenge-blow-up-title = 让它发散，再恢复
challenge-blow-up-goal = 让一次训练发散，使页面检测到它，然后把权重恢复回来。
challenge-blow-up-hint = 选择使用平方误差的梯度下降和最大的学习率，并在“更多设置”中选择线性激活函数；然后训练。当页面提示权重发散时，用它给出的按钮回退。
challenge-blow-up-setup = 先让一次训练发散。
challenge-blow-up-caught = 已检测到：现在把权重恢复回来。

challenge-small-network-title = 最小的网络
challenge-small-network-goal = 用反向传播训练，隐藏单元总共不超过 3 个，在圆形数据上达到至少 90% 的测试准确率。
challenge-small-network-hint = 一个含三个 tanh 单元的隐藏层可以在内圈周围画出一个三角形。选择一层、三个单元，把学习率提高到 0.3，然后训练。
challenge-small-network-setup = 先设置为：圆形数据，反向传播，隐藏单元总共最多 3 个。

challenge-no-backprop-title = 不用反向传播来学习
challenge-no-backprop-goal = 用反馈对齐或直接反馈对齐，在圆形数据上达到至少 90% 的测试准确率。
challenge-no-backprop-hint = 在“更多设置”中选择学习规则，然后训练默认网络；默认学习率下学得很慢，所以把它提高到 0.3。
challenge-no-backprop-setup = 先设置为：圆形数据，以及反向传播以外的学习规则。

challenge-weaken-synapse-title = 削弱突触
challenge-weaken-synapse-goal = 重复配对，直到突触权重降到 0.30 以下。
challenge-weaken-synapse-hint = 两个锋电位只有一种先后顺序会削弱突触：让突触前锋电位出现在突触后锋电位之后（Δt 为负），然后配对。
challenge-weaken-synapse-setup = 配对锋电位来改变权重。
challenge-weaken-synapse-far = 权重仍远高于 0.30。
challenge-weaken-synapse-close = 已接近 0.30。

challenge-dendrite-and-title = 把 XOR 变成 AND
challenge-dendrite-and-goal = 改变树突，使神经元只在两个输入都活跃时才发放。
challenge-dendrite-and-hint = 输入较弱时，单个输入不再能达到树突的阈值，但两个一起可以。降低强度 s。
challenge-dendrite-and-setup = 改变树突的设置。

challenge-just-in-time-title = 恰好赶上
challenge-just-in-time-goal = 设置两个输入之间仍能使神经元发放的最长延迟（误差在 1 ms 以内）。
challenge-just-in-time-hint = 逐渐加长延迟，直到锋电位消失，再退回一档。每个输入的效果都会以膜的 10 ms 时间常数逐渐泄漏消退。
challenge-just-in-time-setup = 在这个强度下，连最长的延迟也会发放（或者任何延迟都不发放）：请改变强度。
challenge-just-in-time-below = 没有锋电位：两个输入相隔太远。
challenge-just-in-time-far = 发放了，还有余地：再加长延迟。
challenge-just-in-time-close = 发放了，已接近极限：再长一点。

predict-legend = <strong>先预测，再运行。</strong>{ $question }
predict-run = 运行
predict-verdict-right = 你预测的是“{ $choice }”，结果正是如此。{ $explanation }
predict-verdict-wrong = 你预测的是“{ $choice }”；实际发生的是“{ $happened }”。{ $explanation }

predict-spike-height-question = 一个 10 µA/cm²、1 ms 的脉冲引发了一个锋电位。把脉冲加倍到 20 µA/cm²：锋电位会怎样？
predict-spike-height-taller = 大约高一倍
predict-spike-height-same = 高度大致相同
predict-spike-height-none = 没有锋电位
predict-spike-height-explanation = 在模型中，10 µA/cm² 脉冲后的锋电位峰值为 { $weak } mV，20 µA/cm² 脉冲后为 { $strong } mV：只相差 { $apart } mV。{ $both_spiked ->
        [yes] 更强的脉冲只是让它提前 { $sooner } ms 开始。
       *[no] {""}
    }一旦越过阈值，钠通道的正反馈就会把锋电位推到它自身固有的大小：全或无。记录中现在显示的是 20 µA/cm² 的脉冲。

predict-doubling-question = 使用示例和 sigmoid，把每个权重和偏置都加倍。输出会怎样？
predict-doubling-doubles = 也加倍
predict-doubling-less = 上升，但不到原来的两倍
predict-doubling-falls = 下降
predict-doubling-explanation = z 从 { $z1 } 变为 { $z2 }，恰好加倍，但输出只从 { $y1 } 变为 { $y2 }。sigmoid 会压缩输出：输出越接近 1，更大的 z 能带来的增加就越少。“搭建一个人工神经元”组件现在显示的是加倍后的权重。

predict-xor-question = 给一个神经元 XOR 数据，让它想训练多久就训练多久。它能把每个点都分对吗？
predict-xor-yes = 能，只要训练足够多轮
predict-xor-no = 不能，总有某个点分错
predict-xor-rate = 只有提高学习率才能
predict-xor-explanation = 该神经元训练了 { $epochs ->
       *[other] { $epochs } 轮
    }，直到损失不再下降；最好的时候，它分对了 { $total } 个点中的 { $best } 个。一个神经元只能画一条直线，而没有哪条直线能把 XOR 的角 (0, 1) 和 (1, 0) 放在一侧、把 (0, 0) 和 (1, 1) 放在另一侧。训练得更久或更快都改变不了这一点；下面的挑战展示了什么能改变它。

predict-dale-question = 默认网络（两个隐藏层，分别含 4 个和 2 个 tanh 单元）以学习率 0.3 在圆形数据上训练 300 轮，能够学会它。打开戴尔定律（每层 20% 的单元为抑制性，其余为兴奋性），从相同的起点训练同一个网络。会发生什么？
predict-dale-as-well = 它学圆形学得一样好
predict-dale-less-well = 它能学会，但学得较差
predict-dale-not-at-all = 它完全学不会圆形
predict-dale-explanation = 从相同起点训练 { $epochs } 轮后，自由网络的测试准确率达到 { $free }%，遵守戴尔定律的网络为 { $bound }%。该定律约束的每个权重都会停在零，而不是改变符号，因此网络可以调整的方向更少，可能停在一个较差的边界上；在这里，第一层唯一的抑制性单元和第二层的两个兴奋性单元必须共同塑造输出。这一约束有代价，但并不阻止学习，这与 Cornford et al.（2021）对这类网络的发现一致。分层网络组件现在显示的就是遵守该定律的网络：试试增加单元，或按“比较”。
predict-linear-question = 一个含八个单元的隐藏层，所有激活函数都是线性的，在圆形数据上训练。它的表现会如何？
predict-linear-plenty = 很好：八个单元绰绰有余
predict-linear-line = 不比一条直线好
predict-linear-second-layer = 很好，但需要第二层
predict-linear-explanation = 训练 300 轮后，这八个线性单元在圆形数据上的测试准确率为 { $accuracy }%，而抛硬币也能得到约 50%。它们的各层相乘后合并成一个线性映射，所以无论有多少单元，边界都只是一条直线。任何直线都会同时穿过圆盘和它外面的圆环，所以这里没有哪条直线能比随机猜测好多少；而且训练找到的直线让平方误差变小，而不是让错误的个数变少，所以在 { $points } 个测试点上，它的准确率落在 50% 附近，可能低于 50%，也可能高于 50%。分层网络组件现在显示的就是这个网络：把激活函数切换回 tanh，再训练一次。

predict-timing-question = 同样的两个输入先以相隔 2 ms、再以相隔 30 ms 到达生物神经元。哪种情况能使它发放？人工神经元的回答会变吗？
predict-timing-both = 两种都能使它发放；人工神经元的回答不变
predict-timing-close = 只有相隔 2 ms 时发放；人工神经元的回答不变
predict-timing-apart = 只有相隔 30 ms 时发放；人工神经元的回答会变
predict-timing-neither = 两种都不能使它发放
predict-timing-explanation = 每个输入为 { $strength } nA 时，在输入相隔 2 ms 的情况下，神经元{ $close ->
        [fired] 达到了 −50 mV 的阈值并发放
       *[silent] 没有发放（膜电位峰值为 { $close_peak } mV，低于 −50 mV 的阈值）
    }；在相隔 30 ms 的情况下，它{ $apart ->
        [fired] 达到了 −50 mV 的阈值并发放
       *[silent] 没有发放（膜电位峰值为 { $apart_peak } mV，低于 −50 mV 的阈值）
    }：第一个输入的效果在第二个到达之前就已泄漏消退（膜时间常数为 10 ms）。人工神经元的 f(w · x + b) 中没有时间：两种延迟下输出相同。组件现在显示的是相隔 30 ms 的情况。

predict-dendrite-question = 一个活跃的输入就能使这个神经元发放。让两个输入都活跃，使流入树突的电流加倍：它的钙锋电位会怎样？
predict-dendrite-grows = 变大：输入越多，树突锋电位越大
predict-dendrite-shrinks = 变小，胞体不发放
predict-dendrite-same = 大小不变
predict-dendrite-explanation = 在默认树突下，一个输入（{ $one_input } nA）产生 { $one_spike } mV 的钙锋电位，胞体{ $one_soma ->
        [fires] 发放
       *[silent] 不发放
    }；两个输入（{ $both_input } nA）产生 { $both_spike } mV 的钙锋电位，胞体{ $both_soma ->
        [fires] 发放
       *[silent] 不发放
    }。这个树突的锋电位在刚超过阈值时最强，输入越强反而越弱，所以这个神经元计算的是 XOR。组件现在显示两个输入都活跃的情况。

predict-perceptron-question = Rosenblatt 的感知机是一个从错误中学习的阈值单元。给它 OR 数据：它能学会吗？
predict-perceptron-few = 能，几轮就够
predict-perceptron-cannot = 不能：阈值单元没有斜率可循，所以无法学习
predict-perceptron-thousands = 只有给它几千轮才行
predict-perceptron-explanation = 感知机规则（Rosenblatt 1958）在每次出错后移动阈值单元的直线；经过 { $epochs ->
       *[other] { $epochs } 轮
    }后，它分对了 { $total } 个 OR 点中的 { $correct } 个{ $learned ->
        [yes] 并停止了训练
       *[no] {""}
    }。对于能被一条直线分开的数据，已经证明该规则能在有限步内找到这样一条直线（感知机收敛定理；Novikoff 1962）；XOR 不属于这种数据。第 3 节中的决策边界组件现在显示的就是这次运行。

predict-repeat-question = 把同样的输入先后两次分别交给“搭建一个人工神经元”组件中的神经元和一个发放锋电位的神经元。每个神经元两次的回答都一样吗？
predict-repeat-same = 两者两次的回答完全相同
predict-repeat-timing = 人工神经元完全重复自己的回答；发放锋电位的神经元每次发放都不一样
predict-repeat-vary = 两者每次运行都不同
predict-repeat-spike-times = { $count ->
        [0] 没有锋电位
        [1] 第一个锋电位出现在 { $t1 } ms
        [2] 前两个锋电位出现在 { $t1 }、{ $t2 } ms
       *[other] 前三个锋电位出现在 { $t1 }、{ $t2 }、{ $t3 } ms
    }
predict-repeat-explanation = 人工神经元两次都给出 { $output }。当同样的输入以随机（泊松）锋电位序列的形式驱动积分-发放神经元时，它先以 { $first_rate } Hz、再以 { $second_rate } Hz 发放，第一次运行中{ $first_spikes }，第二次运行中{ $second_spikes }。锋电位序列的频率大致反映了输入，而它的精确时序每次都不同。

progress-summary = 你的进度{ $challenges ->
        [on] ：已完成 { $n }/{ $total } 个挑战
       *[off] {""}
    }{ $quiz ->
        [before] ，课前概念检测 { $before }/10
        [after] ，课后概念检测 { $after }/10
        [both] ，课前概念检测 { $before }/10，课后 { $after }/10
       *[none] {""}
    }
progress-section-biological = 1. 生物神经元
progress-section-artificial = 2. 人工神经元
progress-section-holds = 3. 类比成立之处
progress-section-breaks = 4. 类比失效之处
progress-section-count = { $section }：{ $solved }/{ $total }
progress-kept = 已保存在此浏览器中，供你下次访问时使用。
progress-not-kept = 此浏览器不允许页面保存你的进度（无痕窗口，或禁止存储的嵌入页面）：进度只在本次访问中有效。复制你的进度码即可保留它。
progress-code-label = 你的进度码（用于提交）：
progress-code-name = 进度码
progress-reset-button = 重置我的进度
progress-copy-code = 复制进度码
progress-reset-confirm = 要忘记所有已完成的挑战和两次概念检测的分数吗？此操作无法撤销。
progress-reset-yes = 是，忘记它们
progress-reset-cancel = 保留我的进度
progress-solved-announcement = 挑战完成：{ $title }。已记录在你的进度中。
progress-reset-announcement = 你的进度已重置。

## Quiz

quiz-question-legend = { $n }. { $prompt }
quiz-legend-before = （课前）
quiz-right = 正确。
quiz-not-quite = 不太对。
quiz-feedback-after = <strong>{ $mark }</strong>答案：“{ $answer }”。{ $explanation } <a href="#{ $target }">查看：{ $section }</a>
quiz-check-button = 检查我的答案
quiz-restart-button = 重新开始
quiz-score = 你答对了 { $total } 题中的 { $n } 题。
quiz-unanswered = { $n ->
       *[other] 有 { $n } 题未作答，按答错计。
    }
quiz-explained-after = 课后的概念检测会解释这些答案。
quiz-score-before = 课前你答对了 { $before } 题：变化为 { $change }。

quiz-q1-text = 人工神经元计算 y = f(w · x + b)。这个类比把它和生物神经元作了怎样的对应？
quiz-q1-a = 权重 w ↔ 轴突，它在细胞之间传递信号
quiz-q1-b = 加权和加上偏置 ↔ 胞体把输入加起来
quiz-q1-c = 激活函数 f ↔ 突触，它决定信号能否通过
quiz-q1-d = 输出 y ↔ 树突，信号从那里离开细胞
quiz-q1-explain = 输入 x 代表到达树突的信号，权重 w 代表突触的强度，w · x + b 代表胞体把输入加起来，激活函数 f 代表在轴突始端（轴丘及轴突起始段）作出的发放决定，y 代表沿轴突发出的信号（Purves et al., Neuroscience）。权重属于突触，而不属于轴突；轴突负责把神经元唯一的输出传给其他细胞。激活函数是发放决定，而不是突触；树突接收信号，而不是发出信号。
quiz-q1-see = 搭建一个人工神经元

quiz-q2-text = 恒定电流使本页的 Hodgkin-Huxley 神经元发放一串锋电位。你把电流稍微调大一点。会有什么变化？
quiz-q2-a = 每个锋电位都变高，与电流同步增加
quiz-q2-b = 没有变化：神经元一旦发放，更强的输入也不会再带来什么
quiz-q2-c = 输出变成随电流平滑上升的电压，就像 sigmoid 一样
quiz-q2-d = 锋电位来得更早、更频繁；每个锋电位的大小基本不变，或略微变小
quiz-q2-explain = 一旦越过阈值，锋电位的大小就由膜上的钠通道和钾通道决定，而不是由刺激决定：在轴突起始段产生的锋电位是全或无的（Hodgkin & Huxley 1952, J Physiol 117:500）。更强的输入表现为锋电位来得更早、更频繁，所以强度是由频率和时序携带的，而不是由高度携带的；电流很强时，这个模型的锋电位甚至会变小，电流更强、超出本实验滑块的范围时，它就完全停止发放（去极化阻滞）。它的频率也不是从零开始平滑上升的：Hodgkin-Huxley 模型属于第 2 类（Hodgkin 1948, J Physiol 107:165），所以稳定的重复发放是突然出现的：在 6.3 µA/cm² 附近，一开始频率就约为 50 Hz（模拟的是 6.3 °C 下的枪乌贼轴突）。神经元的输出始终是一串锋电位；平滑、连续的数字是人工神经元的方式，本页的发放频率曲线只是通过取平均来近似它。
quiz-q2-see = 记录一个生物神经元

quiz-q3-text = 网络的每个隐藏层都使用线性激活函数 f(z) = z。随着层数增加，它的决策边界会怎样？
quiz-q3-a = 始终是一条直线：各层相乘后合并成一个线性映射
quiz-q3-b = 每增加一层就更弯一些，因为深度带来更强的能力
quiz-q3-c = 一开始是直的，但训练足够久就会弯曲
quiz-q3-d = 只要每层有足够多的单元，它就会弯曲
quiz-q3-explain = 当 f(z) = z 时，每层计算 W·a + b，而一串这样的映射相乘后会合并成一个同样形式的映射，所以任意多个、任意宽的线性层都等价于一层，只能画出一条直线边界。没有哪组权重能得到曲线，所以训练更久也无济于事。正是层与层之间的非线性（tanh、ReLU、阈值）让边界能够弯曲，也让深度变得有意义。
quiz-q3-see = 把神经元分层堆叠

quiz-q4-text = 大脑和网络都通过改变连接强度来学习。在本页的 STDP 规则中，是什么决定突触增强还是减弱？
quiz-q4-a = 网络的输出误差，它被传回到该突触
quiz-q4-b = 突触前锋电位的高度：锋电位越大，越能使突触增强
quiz-q4-c = 输入锋电位是恰好在输出锋电位之前还是之后到达
quiz-q4-d = 什么都不决定：突触强度是固定的，只有整个神经元会学习
quiz-q4-explain = 在基于配对的锋电位时序依赖可塑性中，输入锋电位若稍早于神经元自身的锋电位，突触就增强；若稍晚，突触就减弱，时间窗口为几十毫秒（Bi & Poo 1998, J Neurosci 18:10464）。该规则只需要这一个突触上的两个锋电位时刻：没有任何来自输出的误差到达它，这正是它与对网络权重做梯度下降的区别。在大脑中，许多这类变化还需要第三因子，即多巴胺等神经调质，它同时向许多突触发出奖赏或意外的信号（Gerstner et al. 2018, Front Neural Circuits 12:53），但这并不是针对每个突触的误差。该规则完全不使用锋电位的高度，而突触是学习发生的主要场所之一。
quiz-q4-see = 发放频率，以及突触如何学习

quiz-q5-text = 为什么很难把反向传播对应到大脑中任何已知的机制上？
quiz-q5-a = 并不难：已知大脑就是通过反向传播来学习的
quiz-q5-b = 它通过前向权重把误差传回；没有已知机制能把这些权重复制到一条反向通路中
quiz-q5-c = 大脑中没有从后级脑区通往前级脑区的反向连接
quiz-q5-d = 反馈对齐证明了大脑其实是用固定的随机反馈来学习的
quiz-q5-explain = 反向传播通过前向权重的转置把每一层的误差传回，因此一个突触需要知道其下游突触的确切强度：这就是权重传输问题（Grossberg 1987, Cognitive Science 11:23）。皮层中有大量反馈连接，但没有已知机制能把前向权重复制到这些连接中；大脑是否以别的方式近似实现反向传播，仍是一个悬而未决的问题（Lillicrap et al. 2020, Nat Rev Neurosci 21:335）。反馈对齐则改用固定的随机反馈权重来学习（Lillicrap et al. 2016, Nat Commun 7:13276），这在生物学上更合理，但它仍需要一条单独的通路来传递精确的误差，所以并没有证明大脑就是这样学习的。
quiz-q5-see = 不用反向传播的学习

quiz-q6-text = 在本页中，两个输入先以相隔 5 ms、再以相隔 40 ms 到达每种神经元。谁的回答会改变？
quiz-q6-a = 两者都会：人工神经元也会按输入到达的时间给它们加权
quiz-q6-b = 两者都不会：神经元只是把输入加起来，不管它们何时到达
quiz-q6-c = 只有生物神经元：第一个输入的效果在第二个到达之前就已泄漏消退
quiz-q6-d = 只有人工神经元：它的权重在两个输入之间会衰减
quiz-q6-explain = 积分-发放神经元的膜电位会泄漏回静息电位（在这个模型中时间常数为 10 ms），所以相隔 5 ms 的两个输入能叠加起来越过阈值；而相隔 40 ms 时，第一个输入在第二个到达之前已经消退，单独任何一个都不够。人工神经元计算 f(w · x + b)，其中没有时间：同样的两个输入无论何时到达都给出同样的回答，它的权重也不会衰减。这就是为什么锋电位的时序能在神经元中携带信息，而在标准的人工单元中却不能。
quiz-q6-see = 锋电位发生在时间之中

quiz-q7-text = 本页中的一个人工神经元接收输入 x₁ 和 x₂。它能学会 XOR 吗？单个人类皮层神经元能计算 XOR 吗？
quiz-q7-a = 人工神经元只要训练足够久就能；任何单个生物神经元都不能
quiz-q7-b = 都不能：XOR 总是需要由多个细胞组成的网络
quiz-q7-c = 都能，因为可以把阈值设置成恰好只对一个输入发放
quiz-q7-d = 人工神经元不能；在基于实验记录构建的模型中，具有树突钙锋电位的皮层神经元能
quiz-q7-explain = 以 x₁ 和 x₂ 为输入时，一个人工神经元的输出只会沿一条直线越过分类阈值（本页所有激活函数都是如此，因为每个都只越过阈值一次；激活函数先升后降的单元，例如钟形的高斯函数，是能计算 XOR 的，但本页没有这样的激活函数），而没有哪条直线能把 (0, 1) 和 (1, 0) 放在一侧、把 (0, 0) 和 (1, 1) 放在另一侧；训练更久只会停滞不前，四个点中最多分对三个。人类皮层第 2/3 层神经元具有树突钙动作电位，它在刚超过阈值时最大，输入越强反而越弱；在基于这条实测曲线构建的模型中，一个神经元就能计算 XOR（Gidon et al. 2020, Science 367:83）。XOR 是在该模型中展示的，并不是在活体大脑中记录到的计算。
quiz-q7-see = 一个能计算 XOR 的神经元

quiz-q8-text = 人脑与大型 AI 模型的以下哪种比较大致正确？
quiz-q8-a = 约 860亿个神经元和 10¹⁴ 个突触仅靠约 20 W 运转；训练一个大型模型要消耗兆瓦级的功率
quiz-q8-b = 大型模型的参数数量比大脑的突触数量还多
quiz-q8-c = 大脑和芯片每次基本运算消耗的能量大致相同
quiz-q8-d = 大脑消耗的功率与大型模型的训练集群相当
quiz-q8-explain = 人脑约有 860亿个神经元（Azevedo et al. 2009, J Comp Neurol 513:532）和 10¹⁴ 数量级的突触，功耗约 20 W，而训练一个大型模型要消耗兆瓦级的功率（GPT-3 的训练：15 天内耗电约 1300 MWh，平均功率约 3.6 MW；Patterson et al. 2021）。即使是已公开的最大模型，其参数也远少于大脑的突触：GPT-3 有 1750亿个（Brown et al. 2020），稀疏的 Switch Transformer 有 1.6万亿个（Fedus et al. 2022, JMLR 23:120）。一次突触事件大约消耗 0.01 pJ，而在 45 nm 芯片上一次 32 位乘加运算约消耗 5 pJ（Attwell & Laughlin 2001, J Cereb Blood Flow Metab 21:1133；Horowitz 2014, ISSCC），尽管两者并不是同一类运算。
quiz-q8-see = 规模：大脑与网络

quiz-q9-text = 在生物神经元实验中，第一个脉冲之后 6 ms（此时第一个锋电位已经结束），再给一个同样大小、宽 1 ms 的脉冲，却没有产生锋电位。为什么？
quiz-q9-a = 第一个锋电位耗尽了神经元的钠，必须先补充
quiz-q9-b = 钠钾泵必须先把锋电位移动的离子送回原处
quiz-q9-c = 它的钠通道仍处于失活状态，钾通道仍然开放
quiz-q9-explain = 第一个脉冲之后 6 ms，锋电位已经结束，但在模型中，大多数钠通道仍处于失活状态（失活门 h 约为其静息值的三分之一），开放的钾通道也比静息时多得多（n⁴ 约为其静息值的 15 倍），所以同样大小的第二个脉冲无法启动产生锋电位所需的钠内流：这就是不应期（Hodgkin & Huxley 1952, J Physiol 117:500）。随着通道逐渐恢复，更大的脉冲可以再次使神经元发放（相对不应期）；同样大小的脉冲则需要约 14.5 ms 的间隔。这些是枪乌贼轴突在 6.3 °C 下的时间：体温下的哺乳动物神经元几毫秒内就能恢复。一个锋电位只移动细胞内钠和钾的一小部分，所以什么都没有耗尽；钠钾泵要经过许多个锋电位才缓慢地恢复离子浓度梯度，它并不是结束不应期的原因。
quiz-q9-see = 记录一个生物神经元

quiz-q10-text = 一则广告说某个新的 AI 系统“像大脑一样工作”。本课支持哪种回应？
quiz-q10-a = 接受：网络是由神经元构成的，所以它像大脑一样思考
quiz-q10-b = 问一问它与大脑共有哪些部分（通常是加权和与非线性，而不是锋电位或时序），然后去检验它
quiz-q10-c = 不予理会：人工网络与大脑毫无共同之处
quiz-q10-d = 如果网络比大脑还大就接受，因为规模使它像大脑
quiz-q10-explain = 这个类比保留了大致轮廓：加权输入、类似阈值的非线性，以及通过改变连接强度来学习。大多数网络舍弃了锋电位、时序、大脑的学习规则、能计算的树突以及大脑的能量预算，所以“像大脑一样工作”最多只对少数几个部分成立，但也并非完全不成立。名称和规模都说明不了一个系统的实际效果：这必须通过检验来判断。
quiz-q10-see = 这个名字为何沿用至今

## Teachers

teachers-title = 教师专区
teachers-intro = 本页面供你使用，而不是给学习者看的：教案、可打印的练习单及其答案、所有 URL 选项以及全班概览。学习者的课程页面不显示其中任何内容，只在其“分享”对话框中链接到这里。
teachers-open-lesson = 打开学习者的课程
teachers-print-title = 练习单和答案
teachers-print-text = 练习单列出每个预测（带勾选框和书写解释的横线）以及每个挑战（带记录解决设置的横线）。答案给出每个实验的结果、每个挑战的一种解法以及概念检测的答案。请分别打印（或在打印对话框中另存为 PDF）。
teachers-print-worksheet = 打印练习单
teachers-print-key = 打印答案
worksheet-summary = 练习单
worksheet-title = 练习单：生物神经元与人工神经元
worksheet-name = 姓名：
worksheet-date = 日期：
worksheet-intro = 完成 Neuron Lab 的课程。每个实验之前，勾选你的预测；然后运行它，写下发生了什么以及原因。每个挑战都写下解决它的设置。
worksheet-why = 发生了什么？为什么？
worksheet-how = 解决它的设置：
key-summary = 答案
key-title = 答案：生物神经元与人工神经元
key-predictions = 预测：实验显示的结果
teachers-plan-caption = 教案
teachers-plan-minutes-header = 分钟
teachers-plan-what-header = 教学内容
teachers-plan-minutes = { $from }-{ $to }
teachers-plan-1 = 课前概念检测（可选，10 道题；学生的分数会保留下来）。
teachers-plan-2 = 1. 生物神经元：预测强度加倍的脉冲是否会产生高度加倍的锋电位；挑战“找到阈值”和“找到不应期”。
teachers-plan-3 = 2. 人工神经元：预测把权重加倍会怎样；挑战“命中 0.25”和“让神经元计算 NAND”。把偏置与前面找到的阈值联系起来。
teachers-plan-4 = 3. 类比成立之处：预测一个神经元能否学会 XOR；挑战“手动分开 AND”“一个神经元，XOR”；然后是分层网络：预测八个线性单元在圆形数据上的表现；挑战“最小的网络”。
teachers-plan-5 = 4. 类比失效之处：预测两个输入之间的延迟会带来什么影响，以及树突对两个输入会作何反应；挑战“恰好赶上”“把 XOR 变成 AND”。讨论反向传播和反馈对齐。
teachers-plan-6 = 课后概念检测（会显示进步幅度）；学生提交自己的进度码。
teachers-solutions-caption = 挑战与解法
teachers-solutions-challenge-header = 挑战
teachers-solutions-goal-header = 目标
teachers-solutions-solution-header = 一种解法
teachers-solution-threshold = 对于 1 ms 的脉冲，模型的阈值是 6.92 µA/cm²：7.0 是能使神经元发放的最小滑块值（6.5 不能）。在阈值附近，锋电位出现得较晚，约在脉冲开始后 5 ms（在 10 µA/cm² 下则是 2.3 ms 后）。
teachers-solution-refractory = 在默认的 10 µA/cm² 下，要产生第二个锋电位，两次脉冲起点之间的间隔必须超过 14.5 ms（极限为 14.53 ms）：15.0 或 15.5 ms 即可完成挑战，14.5 只产生一个锋电位。在 20 µA/cm² 下，极限为 10.6 ms：更强的脉冲可以在相对不应期内引发发放。这些是枪乌贼轴突在 6.3 °C（即模型的温度）下的时间；体温下的哺乳动物神经元几毫秒内就能恢复。
teachers-solution-fire-50 = 积分-发放，阶跃电流，噪声 0：在幅度的数字框中输入 1.8（50.2 Hz）。1.77 到 1.82 nA 之间的任何值都可以；滑块上的 2.0 给出 63 Hz，而 1.5（即基强度）不产生锋电位。
teachers-solution-target-output = 保持权重 (0.4, −0.2, 0.9) 不变，于是 w · x = 0.86，再把偏置设为 −1.96：z = −1.10，σ(z) = 0.250。（任何使 w · x + b 落在 −1.12 到 −1.08 之间的权重和偏置都可以。）
teachers-solution-nand = 权重 −2 和 −2，偏置 3：对 (0, 0)、(0, 1)、(1, 0)、(1, 1)，z 分别为 3、1、1、−1，所以输出为 1、1、1、0。
teachers-solution-and-by-hand = 按“重置权重”（或重新选择 AND），然后用滑块设置 w₁ = 1、w₂ = 1、b = −1.5；或者拖动直线，让它从 (1, 1) 与其他三个点之间切过这个角。
teachers-solution-xor-one-neuron = 勾选“加入特征 x₁·x₂ 作为第三个输入”，然后训练；或者手动设置 w₁ = 1、w₂ = 1、w₁₂ = −2、b = −0.5。没有乘积项时，任何设置都不行（核心代码的测试在一个权重网格上做了搜索）。
teachers-solution-blow-up = 选择“梯度下降，平方误差”和学习率 30，并在“更多设置”中选择线性激活函数；然后训练：页面会停止训练，并提示权重发散了。再按“恢复本次训练前的权重”。
teachers-solution-small-network = 一个隐藏层（隐藏层数：1），含 3 个 tanh 单元，学习率 0.3：约在第 114 轮达到 90% 的测试准确率，到第 200 轮达到 100%。两个单元只有在学习率为 1 时才能达到 90%（测试集有 24 个点）；三个单元才是预期的答案。
teachers-solution-no-backprop = 在“更多设置”中选择反馈对齐，把学习率设为 0.3，训练默认的 4-2 网络：约在第 80 轮达到 90%，到第 300 轮达到 96%。（在默认的 0.03 下大约需要 1750 轮；直接反馈对齐在 0.3 下约在第 160 轮达到 90%。）
teachers-solution-weaken-synapse = 把延迟设为 −10 ms（突触前锋电位比突触后锋电位晚 10 ms），然后按四次“再配对 10 次”：每次配对使权重减少 0.0064，所以 30 次配对后权重为 0.309，40 次后为 0.245。
teachers-solution-dendrite-and = 把强度 s 降到 0.75 nA（θ 保持 1 nA）：单个输入（0.75 nA）低于树突阈值，两个一起（1.5 nA）则越过阈值，真值表就变成了 AND。
teachers-solution-just-in-time = 在默认的 9 nA 下，仍能发放的最长延迟是 16.6 ms：16.5 或 16.0 ms 即可完成挑战，17.0 ms 时则不发放。（在 8 nA 下极限为 11.8 ms，在 10 nA 下为 23.7 ms。）
teachers-answers-summary = 概念检测的答案
teachers-options-summary = URL 选项
teachers-options-caption = 页面地址中的选项
teachers-options-option-header = 选项
teachers-options-what-header = 作用
teachers-option-widget = 组件
teachers-option-groups = 分组
teachers-option-embed = 单独显示一个组件，用于课程页面中的 <iframe>。
teachers-option-hide = 隐藏若干组控件（名称用逗号分隔，见下表）。
teachers-option-lock = 显示若干组控件，但将其锁定：其他控件、被编辑的链接、设置文件或课程记录都不会改变它们设定的值，需要这些控件的挑战和预测也会被省略。锁定决策边界的权重也会锁定其训练按钮，因为训练会改变权重。
teachers-option-challenges-off = 隐藏挑战卡片（进度面板将只显示概念检测）。
teachers-option-quiz-off = 隐藏课前和课后两次概念检测。
teachers-option-language = 语言
teachers-option-lang = 页面的语言：en、es、de 或 zh-CN（en-XA 是用于测试排版的伪语言）。不指定时，页面跟随浏览器的语言；“分享或嵌入”会把它保留在链接中。
teachers-option-settings = 所有组件的设置；页面会随时更新它，所以任何视图都可以分享。用“分享或嵌入”来生成链接。
teachers-embed-widgets = 可用于 embed 的组件：{ $widgets }。
teachers-groups-caption = 可用于 hide 和 lock 的控件分组
teachers-groups-group-header = 分组
teachers-groups-widget-header = 组件
teachers-groups-controls-header = 控件
teachers-events-summary = 在课程页面中记录完成情况
teachers-events-text = 嵌入的页面会用 postMessage 把每个已完成的挑战和每次概念检测的分数发送给外层页面；不需要服务器。一个监听器示例：
teachers-listener-comment-challenge = e.data.challenge：刚完成的挑战 id，或 null（概念检测分数或重置）
teachers-listener-comment-solved = e.data.solved：所有已完成的 id；e.data.quiz：{ "{" } before, after { "}" } 满分 10 的分数，或 null
teachers-decoder-title = 解码进度码
teachers-decoder-label = 学生的进度码
teachers-decoder-button = 解码
teachers-decoded = { $solved ->
        [0] 完成了 { $total } 个挑战中的 { $solved } 个。
       *[other] 完成了 { $total } 个挑战中的 { $solved } 个：{ $list }。
    }课前概念检测：{ $before }；课后：{ $after }。
teachers-decoded-list-separator = { "、" }
teachers-decoded-score = { $score }/{ $total }
teachers-decoded-not-taken = 未参加
teachers-code-error-empty = 请先粘贴一个进度码。
teachers-code-error-length = 该进度码的字符数不对。
teachers-code-error-character = 该进度码含有进度码中从不会出现的字符。
teachers-code-error-checksum = 该进度码中有字符输错了（校验位不匹配）。
teachers-code-error-version = 该进度码来自另一个版本的 Neuron Lab。

## 班级概览（位于“教师专区”）：在浏览器中读取一个班级的进度码。
class-title = 班级概览：本班学生的进度码
class-intro = 粘贴本班学生的进度码，每行一个，或每行写成“姓名, 进度码”（用半角逗号分隔），也可以打开从成绩册导出的 CSV 文件。进度码只在此浏览器中读取：不会发送到任何地方。
class-codes-label = 进度码（每行一个，或写成“姓名, 进度码”）
class-read-button = 读取进度码
class-open-file = 打开 CSV 文件
class-file-too-large = 该文件超过 2 MB：未读取任何内容。
class-summary = { $learners ->
       *[other] 已读取 { $learners } 名学生的进度码
    }{ $problems ->
        [0] 。
       *[other] ；有 { $problems } 行无法读取（见下方列表）。
    }
class-problems-title = 未能读取的行
class-problem = 第 { $line } 行“{ $text }”：{ $reason }
class-problem-duplicate = 与第 { $first } 行的学生和进度码相同：只计一次。
class-problem-no-code = 这一行没有进度码。
class-check-title = 概念检测
class-check-summary = 课前：平均答对 { $before }（{ $before_n } 名学生参加）。课后：平均答对 { $after }（{ $after_n } 名学生参加）。
class-gain = 归一化增益 ⟨g⟩ = { $gain }，按课前和课后都有分数的 { $both } 名学生计算（他们的平均分：课前 { $pre }，课后 { $post }）：即全班实际取得的提升占可能提升的比例（Hake 1998, Am. J. Phys. 66, 64）。
class-gain-none = 计算归一化增益需要课前和课后都参加了概念检测的学生；这样的学生有 { $both } 名。
class-percent = { $value }%
class-none = —
class-share = { $percent }（{ $right }/{ $of }）
class-wrong-answer = { $option }（{ $n } 人）
class-question = { $n }. { $prompt }
class-chart-label = 全班课前和课后答对每道题的比例（具体数字见下表）
class-chart-before = 课前
class-chart-after = 课后
class-questions-caption = 每道题：课前和课后的答对比例，以及课后被选得最多的错误答案（仍未消除的错误概念）。
class-questions-note = 只有本版本的进度码记录了各题的作答：{ $learners } 名学生中，有 { $known } 名的进度码属于此类。
class-question-header = 题目
class-before-header = 课前
class-after-header = 课后
class-wrong-header = 课后最常选的错误答案
class-challenges-caption = 每个挑战：有多少名学生完成了它。
class-challenge-header = 挑战
class-solved-header = 已完成
class-of = { $n }/{ $total }
class-learners-caption = 每名学生
class-learner-header = 学生
class-line = 第 { $line } 行
class-score = { $score }/10
class-download = 下载表格（CSV）
class-csv-name = 姓名
class-csv-solved = 已完成的挑战
class-csv-before = 课前概念检测（满分 10）
class-csv-after = 课后概念检测（满分 10）

## Core: the model's names, notices and descriptions

## Activation functions

activation-step = 阶跃（阈值）
activation-sigmoid = Sigmoid
activation-tanh = Tanh
activation-relu = ReLU
activation-leaky-relu = Leaky ReLU
activation-linear = 线性（无）
activation-softplus = Softplus
activation-gelu = GELU
activation-step-biology = 最接近真实神经元全或无的锋电位：要么完全发放，要么完全不发放。但它的斜率处处为零，所以梯度下降无法通过它来学习。
activation-sigmoid-biology = 就像神经元的发放频率：输入弱时接近零，输入强时饱和于某个最大值。它是平滑的，所以可以用梯度下降来训练。
activation-tanh-biology = 拉伸到 (−1, 1) 的 sigmoid：它既能表示“比平常多”，也能表示“比平常少”。而真实的发放频率不可能低于零。
activation-relu-biology = 低于阈值时不发放，高于阈值时随输入上升，就像随电流增大的发放频率。与真实神经元不同，它永远不会饱和。
activation-leaky-relu-biology = 在零以下保留一个小斜率的 ReLU，这样处于“关闭”状态的单元仍然可以学习。这是一个数值技巧，在生物学中没有对应物。
activation-linear-biology = 没有非线性：输出就是加权和。把这样的神经元堆叠成多层，它们会合并成一个线性映射。
activation-softplus-biology = 平滑的 ReLU。它的形状正是某些带噪声的模型神经元在阈值附近的发放频率曲线。
activation-gelu-biology = 平滑、在零以下略微下探的 ReLU，用于现代语言模型。选择它是因为它训练效果好，而不是因为神经元是这样工作的。
activation-formula-cases = { $lhs } = { $value }（当 { $condition } 时），否则为 { $otherwise }
activation-formula-undefined-at = { $lhs } = { $value }（在 { $at } 处无定义：没有斜率可循）
activation-plot-description = { $activation } 激活函数 f(z) 的图像，z 从 { $z_min } 到 { $z_max }，虚线为其斜率 f′(z)。工作点：z = { $z }，输出 f(z) = { $output }，斜率 f′(z) = { $slope }。{ $flat ->
        [yes] 这里的曲线是平的：z 的微小变化几乎不改变输出。
       *[no] 在这里，输出的变化约为 z 的微小变化的 { $factor } 倍。
    }

## The artificial neuron

core-equation-spoken = 加权和 z = { $z }。输出 { $symbol }(z) = { $output }。
core-quantity-input = 输入 x{ $n }
core-quantity-weight = 权重 w{ $n }
core-quantity-bias = 偏置 b
core-neuron-input-count = 这里的神经元有 { $min } 到 { $max } 个输入，而不是 { $n } 个
core-neuron-input-mismatch = 应有 { $expected } 个输入，实际有 { $got } 个
core-neuron-not-finite = { $quantity } 不是有限的数
core-neuron-overflow = 加权和太大，无法表示
core-param-empty = 请输入一个数
core-param-not-a-number = 不是数字
core-param-not-finite = 太大，无法使用
core-param-out-of-range = 必须在 { $min } 到 { $max } 之间
core-number-undefined = 未定义
core-list-separator = { "、" }

## Notices about a link's settings

notice-explorer-no-version = 此链接的格式（无版本号）不是当前版本的 Neuron Lab 能读取的，因此“搭建一个人工神经元”组件从示例开始。
notice-explorer-version = 此链接的格式（版本“{ $version }”）不是当前版本的 Neuron Lab 能读取的，因此“搭建一个人工神经元”组件从示例开始。
notice-explorer-lists = 链接中的输入和权重必须是长度相同的两个列表，各含 { $min } 到 { $max } 个数；现改用示例中的输入和权重。
notice-explorer-out-of-range = 链接中的{ $quantity } 超出范围，已设为 { $value }。
notice-explorer-not-a-number = 链接中的{ $quantity }（“{ $text }”）不是数字，因此使用 { $default }。
notice-explorer-activation = 链接请求的激活函数“{ $id }”在 Neuron Lab 中不存在，因此使用 sigmoid。
notice-boundary-unreadable = 无法读取链接中决策边界的{ $field ->
        [rule] 学习规则
        [activation] 激活函数
        [product] 乘积特征开关
        [weights] 权重
        [bias] 偏置
        [rate] 学习率
        [noise] 噪声
        [seed] 随机种子
        [points] 点
       *[data] 数据集
    }，因此使用默认值。
notice-network-unreadable = 无法读取链接中网络的{ $field ->
        [seed] 随机种子
        [architecture] 结构
        [hidden] 隐藏层激活函数
        [output] 输出层激活函数
        [loss] 损失
        [rule] 学习规则
        [rate] 学习率
        [regularisation] 正则化
        [batch] 批大小
        [data] 数据集
        [noise] 噪声
        [regulariser] 正则化类型
        [points] 自定义点
        [features] 输入特征
        [split] 训练/测试划分
        [dale] 抑制性单元比例（戴尔定律）
        [view] 显示选项
       *[weights] 权重
    }，因此使用默认值。
notice-biolab-unreadable = 无法读取链接中生物神经元的{ $field ->
        [model] 模型
        [stimulus] 刺激
        [amplitude] 幅度
        [width] 脉冲宽度
        [interval] 间隔
        [noise] 噪声
       *[seed] 随机种子
    }，因此使用默认值。
notice-biolab-clamped = 链接中的{ $field ->
        [amplitude] 幅度
        [width] 脉冲宽度
        [interval] 间隔
       *[noise] 噪声
    }超出范围，因此使用最接近的允许值。

## Data sets and learning

dataset-and = AND
dataset-or = OR
dataset-nand = NAND
dataset-xor = XOR
dataset-blobs = 两个高斯簇
dataset-separable = 可分，带噪声
dataset-circle = 圆形
dataset-spiral = 螺旋
dataset-csv-value-count = 第 { $line } 行：应有 x1,x2,label 三个值，但找到了 { $found } 个
dataset-csv-not-a-number = 第 { $line } 行：{ $name } 不是数字
dataset-csv-outside = 第 { $line } 行：{ $name } 必须在 { $min } 到 { $max } 之间
dataset-csv-label = 第 { $line } 行：label 必须是 0 或 1
dataset-csv-class-or-value = 第 { $line } 行：label 必须是 0 到 3 的类别，或 −1 到 1 之间的数值
dataset-blobs3 = 三个簇
dataset-spiral3 = 三臂螺旋
dataset-quadrants4 = 四个象限
dataset-plane = 倾斜平面（回归）
dataset-gaussians = 山丘与山谷（回归）
dataset-csv-too-many = 第 { $line } 行：最多只能加载 { $max } 个点
dataset-csv-no-points = 没有找到任何点：每行写一个 x1,x2,label。
core-rule-perceptron = 感知机规则
core-rule-logistic = 梯度下降，交叉熵损失
core-rule-squared = 梯度下降，平方误差
core-loss-cross-entropy = 交叉熵
core-loss-squared = 平方误差
core-learning-rule-backprop = 反向传播
core-learning-rule-fa = 反馈对齐
core-learning-rule-dfa = 直接反馈对齐
core-plane-curve = 加入乘积特征 x1·x2 后，边界是一条曲线（双曲线），而不是直线。{ $total } 个点中有 { $correct } 个分类正确。
core-plane-flat = 两个权重都为零，所以没有边界：各处的输出都相同。{ $total } 个点中有 { $correct } 个分类正确。
core-regions-none = 它在整个平面上都判为类别 0。
core-regions-all = 它在整个平面上都判为类别 1。
core-regions-some = 它在{ $regions }判为类别 1（占平面的 { $share }%），其余地方判为类别 0。
core-region-top-left = 左上角
core-region-top = 上边缘
core-region-top-right = 右上角
core-region-left = 左边缘
core-region-centre = 中央
core-region-right = 右边缘
core-region-bottom-left = 左下角
core-region-bottom = 下边缘
core-region-bottom-right = 右下角
core-plane-wrong = { $n ->
       *[other] 点 { $points } 在错误的一侧。
    }
core-plane-undecided = 整个平面颜色都很浅：神经元犹豫不决，每个点的输出都接近 0.5。
core-correct-spoken = { $total } 个点中有 { $correct } 个分类正确。
core-correct-spoken-wrong = { $total } 个点中有 { $correct } 个分类正确；分错的点：{ $points }。
core-plane-line = 决策直线{ $x1 ->
        [none] 与 x1 轴不相交
       *[at] 与 x1 轴交于 { $x1 }
    }，{ $x2 ->
        [none] 与 x2 轴不相交
       *[at] 与 x2 轴交于 { $x2 }
    }。{ $total } 个点中有 { $correct } 个分类正确。
core-stop-all-correct = { $epochs ->
       *[other] 训练 { $epochs } 轮后，所有点都已分类正确。训练已停止。
    }
core-stop-diverged = 权重发散了：对于这种损失，这个学习率太大，每次更新都比上一次冲得更远。训练已在任何数值变为无穷大之前暂停；显示的是最后一组有限的权重。{ $remedy ->
        [both] 请降低学习率，或者回到本次训练开始时的权重。
        [rate] 请降低学习率。
       *[back] 请回到本次训练开始时的权重。
    }
core-stop-plateau-xor = 损失已不再下降，{ $total } 个点中有 { $correct } 个分类正确。没有任何一条直线能分开 XOR：每个类别都位于相对的两个角上。{ $feature ->
        [yes] 在下方加入特征 x1·x2，或者使用隐藏层（下一个组件）。
       *[no] 隐藏层可以做到（下一个组件）。
    }
core-stop-plateau-circle = 损失已不再下降，{ $total } 个点中有 { $correct } 个分类正确。一个类别包围着另一个类别，而一个神经元只能画一条直线。
core-stop-plateau = 损失已不再下降，{ $total } 个点中有 { $correct } 个分类正确：在这些数据上，这个神经元差不多只能做到这样了。

## The biological neuron

core-sweep-pulse = 一个 { $width } ms、{ $amplitude } { $unit } 的脉冲
core-sweep-paired = 两个 { $width } ms、{ $amplitude } { $unit } 的脉冲，间隔 { $interval } ms
core-sweep-train = 每 { $interval } ms 一个 { $width } ms、{ $amplitude } { $unit } 的脉冲
core-sweep-step = 从 { $onset } ms 到 { $offset } ms 的 { $amplitude } { $unit } 恒定电流
core-sweep-silent = 没有锋电位：膜电位升到 { $peak } mV 后又回落（低于阈值）
core-sweep-spikes = { $n ->
       *[other] { $n } 个锋电位，出现在 { $times } ms
    }
core-sweep-spikes-peak = { $n ->
       *[other] { $n } 个锋电位，出现在 { $times } ms，峰值 { $peak } mV
    }
core-sweep-description = { $model }，{ $stimulus }：{ $outcome }。整个扫描的发放频率：{ $rate } Hz。
core-sweep-description-refractory = { $model }，{ $stimulus }：{ $outcome }。整个扫描的发放频率：{ $rate } Hz。第二个脉冲落在不应期内，所以没有引发第二个锋电位。
core-coincidence-silent = 两个输入相隔 { $delay } ms：没有锋电位，膜电位峰值为 { $peak } mV，未达到 { $threshold } mV 的阈值。
core-coincidence-spike = 两个输入相隔 { $delay } ms：产生锋电位，两个输入叠加后越过了 { $threshold } mV 的阈值。
core-dendrite-dcaap = dCaAP（人类 L2/3）
core-dendrite-monotonic = 单调（sigmoid）
core-gate-never = 从不发放
core-gate-and = AND
core-gate-or = OR
core-gate-xor = XOR
core-gate-nand = NAND
core-gate-nor = NOR
core-gate-xnor = XNOR
core-gate-always = 总是发放
core-gate-other = 其他

## Orders of magnitude

core-scale-neurons = 神经元
core-scale-synapses = 突触
core-scale-parameters = 参数
core-system-layers = 分层网络组件（最大规模）
core-system-c-elegans = 秀丽隐杆线虫（C. elegans）
core-system-lenet = LeNet-5（1998）
core-system-fruit-fly = 果蝇脑
core-system-honeybee = 蜜蜂脑
core-system-resnet = ResNet-50（2016）
core-system-mouse = 小鼠脑
core-system-human = 人脑
core-system-gpt3 = GPT-3（2020）
core-source-layers = 2·8 + 8·8 + 8·1 个权重和 17 个偏置
core-source-c-elegans-neurons = White et al. 1986, Phil. Trans. R. Soc. B
core-source-c-elegans-synapses = White et al. 1986（约 7000 个化学突触）
core-source-lenet = LeCun et al. 1998, Proc. IEEE
core-source-fruit-fly = Dorkenwald et al. 2024, Nature（FlyWire 连接组）
core-source-honeybee = Menzel & Giurfa 2001, Trends Cogn. Sci.
core-source-resnet = He et al. 2016, CVPR
core-source-mouse = Herculano-Houzel et al. 2006, PNAS
core-source-human-neurons = Azevedo et al. 2009, J. Comp. Neurol.
core-source-human-synapses = 10¹⁴ 数量级（估计值最高可达 10¹⁵）
core-source-gpt3 = Brown et al. 2020, NeurIPS
core-event-synaptic = 一次突触事件（释放一个谷氨酸囊泡及其引起的突触后电流）
core-event-multiply-add = 一次 32 位浮点乘加运算（乘法 3.7 pJ + 加法 0.9 pJ）
core-event-spike = 一个动作电位（整个神经元的一次锋电位）
core-event-dram = 从 DRAM 读取一次 32 位数据
core-source-synaptic = Attwell & Laughlin 2001, J. Cereb. Blood Flow Metab. 21:1133
core-source-spike = Attwell & Laughlin 2001；哺乳动物的锋电位耗能要少几倍（Alle et al. 2009, Science 325:1405；Howarth et al. 2012）
core-source-horowitz = Horowitz 2014, ISSCC（45 nm）
core-count-of = { $large ->
        [yes] { $count }
       *[no] { $count }
    }

## Locks that hold (a shared link's ?lock= and ?hide=).

notice-locked-kept = 已保留被锁定的设置：打开本页面的链接锁定了它们。
boundary-lede-drag = 有两个输入的神经元沿直线 { $formula } 把平面一分为二。拖动这条直线，看看哪些点换到了另一边。然后试试 XOR。
boundary-lede-still = 有两个输入的神经元沿直线 { $formula } 把平面一分为二，两边各是一类。
boundary-plane-hint-points = 点击空白处添加点，点击已有的点将其删除。
boundary-plane-hint-drag = 拖动直线或它的箭头。
challenge-and-by-hand-setup-no-reset = 先设置为：AND 数据，不加乘积输入，并且此后没有训练过（重新选择 AND 数据可清除训练结果）。
challenge-xor-one-neuron-hint-by-hand = 在 (x₁, x₂) 平面上，没有哪条直线能做到。给神经元加上额外的输入 x₁·x₂（数据下方的复选框），然后手动设置权重。
layers-blew-up-no-reset = 权重发散了：这个学习率太大。训练已在任何数值变为无穷大之前暂停；请降低学习率。
layers-collapse-nonlinear-fixed = 隐藏单元是非线性的，所以各层不能相乘合并为一层：边界可以弯曲。
layers-collapse-note-fixed = 无论有多少层、多少单元，它的边界都只是一条直线（平面上的虚线）：XOR、圆形和螺旋都无法解决。
