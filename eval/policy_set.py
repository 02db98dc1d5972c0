"""Policy collections as users bring them, asked as analysts ask (`make eval-policy`).

eval/policy: 44 files (.docx with tables, headers and footers, hard-wrapped PDFs, .doc files that are .docx or
web pages, HTML pages with navigation, UTF-8 / GBK / GB18030 / Big5 / UTF-16 .txt, duplicates, empty and
same-named files; 20 regions) and 55 questions (amounts in tables, dates, who may apply, procedures, which
regions, paraphrases, traditional script, 5 the collection cannot answer; u4 was written as a sixth, its
answer thought to be only in a .doc citeqa skipped — citeqa reads that file since, so it is a number
question).

eval/policy2, written later by another helper: 26 files (政策解读 一问一答 pages, 通知 with 附件 lists,
申报指南 with numbered steps and materials, FAQ pages, news naming several regions, a chaptered 实施意见,
tables, hard-wrapped GB18030 .txt, a duplicate, an empty file; 14 regions) and 63 questions (lists judged by
their last item, which regions judged region by region, yes/no, 7 unanswerable).

Both were written to probe citeqa and the defects they found were fixed on them: development data, not
held-out sets. Each question goes through `answer_question` (what /ask answers) over an index `citeqa index`
builds of the folder; an answer *holds* the expected figure when it contains one of the question's ``keys``; a
"which regions" question with expected ``regions`` holds when its answer names each of them in a group of its
own and no other region. Every citation is checked against the document's clean text
(``quote == text[start:end]``), and a PDF citation's page against the page expected.
``python -m eval.policy_set [--set policy2]`` writes eval/results/<set>-set.{json,md}.

eval/policy3, written blind by a third helper: 25 files (领导留言板 and 12345 replies, 办事指南
key-value pages and .docx tables, a 政府工作报告 with last year's results beside this year's targets, a
新闻发布会实录, a 征求意见稿 beside its final version, a 48-article 办法, one article reposted on three
sites, Markdown, GBK and hard-wrapped .txt, a notice whose region only its issuing body names; 11 regions)
and 66 questions (9 unanswerable), run once on the frozen code before any change.

eval/policy4, written blind by a fourth helper: 25 files (a 政策问答 page marking its pairs three ways,
a reportlab PDF and a pdftotext .txt with form feeds, tables of tiers in HTML and .docx, a 办法 beside the
实施细则 that fixes its figures, a 年度计划 with quarterly targets, news quoting officials of several regions,
a 常见问题 .md, a bilingual page, a web page saved as .txt, .doc files that are .docx, a duplicate, an empty
file, GB18030, regions named only by the issuing body or the folder; 10 regions) and 69 questions
(10 unanswerable), run once on the frozen code before any change.

eval/policy5, written blind by a fifth helper: 19 files on new topics (a 养犬登记 办事指南 of key-value
fields, 12345 replies beside the notice or 细则 they answer from, a 医保缴费 政策解读 of 问/答 pairs, a GBK
人才驿站 guide, a 失业保险金 办事指南 and a 志愿服务 star table in .docx, a reportlab PDF whose wrap splits a
figure, a notice with its 附件 .docx and a copy in a download folder, three news roundups, an empty file;
8 regions) and 53 questions (8 unanswerable), run once on the frozen code before any change.

eval/policy6 and eval/policy7, written blind by a sixth and a seventh helper: 21 and 22 files on
new topics (出生一件事, 停车收费, 充电桩, 危房改造 办法 and 细则, 城乡居民养老保险, 个转企, 不动产登记,
老年助餐, 居住证, 退役军人优待; 公积金提取, 创业担保贷款, 技能培训补贴, 积分入学, 取暖补贴, 宅基地,
公益林补偿, 托育, 课后服务, 医疗救助, 殡葬), tables whose units stand only in the header, wrapped PDFs
that split a figure, 【字段】 guides, 问答 pages, 12345 replies, news roundups; 60 and 62 questions (9
unanswerable each, several asking a neighbour of what a document states), each run once before any change
made on it (policy7 on the code after policy6's first fixes).

eval/policy8, written blind by an eighth helper: 22 files on new topics (残疾人两项补贴,
垃圾分类奖惩, 高龄津贴, 预付卡 refunds, 家电以旧换新 with its 附件 tables, 瓶改管 in a PDF cut every
33 characters, 电动自行车上牌, 学生资助, 学区划分, 食品小作坊, 文旅消费券 in traditional script, 低保
in GBK, 耕地地力保护补贴, 农机购置补贴, 林下经济; three news roundups); 62 questions (9 unanswerable), run
once on the frozen code (104b596).

eval/policy9, written blind by a ninth helper: 22 files on new topics (长期护理保险 in 【字段】
lines, 户用光伏补助 办法 beside its 征求意见稿, 二手房带押过户 问答, 住房租赁备案 and 夜市摊点备案
guides both named 办事指南.html, 义务兵优待金 in a .docx with last year's column, 异地就医备案 in a PDF
cut every 30 characters, 校外培训预收费 with its exception, 计划生育奖励扶助 in GB18030, 新生兒醫保 in
traditional script, 残疾儿童康复救助 by category and age, 农村户厕奖补 beside last year's, 燃气安检 and
军校优待金 12345 replies, 个体工商户首贷贴息; four news roundups each naming a region that has not done
it); 63 questions (9 unanswerable), run once on the frozen code (add7c5e).

eval/policy10, written blind by a tenth helper: 22 files on new topics and 8 new regions (专利资助 办法 beside
its 征求意见稿, 养老金领取资格认证 问答, 水电气暖联合过户 and 占道挖掘 guides both named 办事指南.html,
大病保险 in a .docx whose units stand only in the header, 生育津贴 in GBK with space-aligned columns, 烟花爆竹
in traditional script, 食品安全举报奖励 tiers, a 生猪保险 PDF whose wrap splits figures, 农民工工资保证金,
渔业发展补助 this year beside last, 首台套保险补偿, 转学 and 预售资金监管 12345 replies; four roundups each
naming a region that has not done it); 64 questions (9 unanswerable), run once on the frozen code (09fde3f).

eval/orgdocs, written blind by an eleventh helper, is no government's: 22 files of organisations (a
university's 学生手册 in Markdown and GBK, scholarship rules in their 2023 and 2024 versions, a hospital's
就诊指南, a company's 员工手册 .docx and 会议纪要 changing a figure of it, an annual report's columns, a water
heater's PDF manual with its fault codes, a bank's card rules and fees, an insurance policy's clauses, a
property manager's fees named like the bank's, a mall's membership rules, a library's lending rules, an
airline's fare-class grid, a training school's brochure, an e-commerce FAQ, a Hong Kong clinic's fees in
traditional script); 60 questions (9 unanswerable, no region questions), run once on the frozen code
(09fde3f).

eval/policy11, written blind by a twelfth helper: 24 files on new topics and 8 new regions (法律援助 and
婚姻登记 guides both named 办事指南.html, a 见义勇为 奖励 办法, a 门诊慢特病 问答 with ratio and limit
tables, a 人防易地建设费 .docx whose units stand only in the header or a note, a 古树名木 办法 beside its
征求意见稿 with a copy in 下载/, 共享单车 and 老年人乘车 12345 replies, 国有房屋租金减免 months by trade, a
GB18030 献血者用血 .txt of space-aligned columns, a 房屋征收补偿 PDF whose wrap splits figures, 景区门票优惠
in traditional script, a 农村水价 办法 in its 2021 and 2024 editions, a 门牌 书记信箱 reply on a site laid
out in tables, 个税专项附加扣除 in a .docx, 非国有文物修缮补助; four roundups each naming a region that has
not done it); 64 questions (10 unanswerable), run once on the frozen code (163df78).

eval/policy12, written blind by a thirteenth helper: 24 files on new topics and 8 new regions
(适老化改造补助 办法 beside its 征求意见稿 with a copy in 下载/, 工伤认定 and 古城店招 guides both named
办事指南.html, a 秸秆综合利用 PDF whose wrap splits figures, 家庭农场示范场 奖补 in its 2021 and 2024
editions, HPV疫苗免费接种 in traditional script, 骑手职业伤害, 维修资金 and 装修垃圾 replies, 孤儿
保障标准 in GBK with space-aligned columns, a 高温津贴 问答, 困难职工帮扶 in a .docx whose units stand
only in the header, 企业上市奖励, 公益性岗位, 两癌筛查, 燃油补贴; four roundups each naming a region that
has not done it); 64 questions (10 unanswerable), run once on the frozen code (be4cb92).

eval/policy13, written blind by a fourteenth helper: 24 files on new topics and 8 new regions (乡村民宿
奖补 办法 beside its 征求意见稿 with a copy in 下载/, 无犯罪记录证明 and 劳动仲裁 guides both named
办事指南.html, a 柴油货车淘汰 PDF whose wrap splits figures, 公办幼儿园保教费 in its 2021 and 2024
editions, 老年人免费体检 in traditional script, 银龄安康 in GBK with space-aligned columns, 职工医保家庭
共济, 残疾人就业补贴 in a .docx, 升规入统奖励, 社区工作者招聘, 野生动物致害补偿, 婚检孕检 in Markdown,
12345 and 区长信箱 replies; four roundups each naming a region that has not done it); 64 questions (10
unanswerable), run once on the frozen code (65d3bdc).

eval/policy14, written blind by a fifteenth helper, is the first of long documents: 16 files, 5 new regions,
9 of them of 7,000 to 10,000 characters (two 政府工作报告, one in traditional script, with last year's results
beside this year's targets; a 统计公报 whose tables state their unit only in the header; a 十四五 规划 .docx
with 基期值 and 目标值 columns; two 政府信息公开工作年度报告 with their standard tables; a GBK 办法 of 60 条;
a 预算执行情况报告 PDF whose wrap splits figures; a 新闻发布会实录), a 下载/ copy and two 办事指南.html; 56
questions (10 unanswerable, each asking a neighbour of what a report states), run once on the frozen code
(fd0ea31).

eval/policy15, written blind by a sixteenth helper, is of talent policies (人才政策) like the seeds':
23 files of 10 new regions (若干措施 with A/B/C/D类 and 博士/硕士/本科 tables whose units stand in the
header, beside its 征求意见稿 with other figures, a copy in 下载/ and its 政策解读; a 人才安居 .docx and
问答; a 实施细则 PDF whose wrap splits figures; a GBK 人才编制周转池 办法 and the news of its first intake;
人才贷 问答; a 安家补贴 申报指南 and a 12345 reply; 人才码 and 人才公寓 guides both named 办事指南.html;
青年人才驿站; 就业见习; 柔性引才 in traditional script; 乡村人才; four roundups each naming a region that
has only planned it, and regions named in passing); 66 questions (12 which-regions, 11 unanswerable), run
once on the frozen code (081dffb).

eval/policy16, written blind by a seventeenth helper, is of business policies (涉企政策) asked in the askers'
own words: 24 files of 9 new regions (a 稳岗返还 and 一次性扩岗补助 通知 with its 附件 .docx whose tables
state their units only in the header, and its copy in 下载/; a 外贸 政策解读 of 问/答 pairs; a 制造业 若干政策
beside its 征求意见稿 with other figures; 12345 and 领导留言板 replies; a 个体工商户 纾困 申报指南; a GBK
首贷贴息 and 融资担保降费 办法; two 企业开办 guides both named 办事指南.html; a 【字段】 申报指南; a 技改
奖补办法 PDF whose wrap splits figures; 招商引资 in traditional script; an empty file; five roundups each
naming a region that has only planned the measure, two naming one in passing); 68 questions (12
which-regions, 11 unanswerable), run once on the frozen code (4f8fa04).

eval/policy17, written blind by an eighteenth helper, is of 住房与城乡建设 and residents' living matters
asked as chat tools, LLM agents and search boxes send them — about half terse keyword queries without a
question word or punctuation (「海曙区 既有住宅加装电梯 补助标准」, 「丹阳 契税补贴 首套 比例 2025」), the
rest residents' own questions, some naming the region by its city or short name only: 25 files of 9 new
regions (a 加装电梯 补助办法 beside its 征求意见稿 with other figures and a .docx copy in 下载/; a 2025
购房补贴和契税补贴 细则 beside the 2024 办法 and a 政策解读 of 问/答 pairs; 保障性租赁住房 and 房屋安全鉴定
guides both named 办事指南.html; a 12345 reply on 保租房 rent; 燃气管道 更新改造 in traditional script; a
老旧小区改造 方案; a 物业服务收费 通知 with its 附件 .docx whose tables state their units only in the
header; 二次供水 留言板 and 物业费 12345 replies; a GBK 城中村改造 补偿标准 of space-aligned columns and a
房票安置 细则; a 农房建设 办法 PDF whose wrap splits figures; five roundups each naming a region that has
only planned the measure, one naming a region in passing; an exact duplicate; an empty file) and 69
questions (12 which-regions, 11 unanswerable), run once on the frozen code (bdfd999).

eval/policy18, written blind by a nineteenth helper, is of 户籍、证件与出行 — the 公安 and 交通 services
residents ask about — asked as LLM agents and chat tools relay users' messages: long questions carrying the
asker's situation first, two questions at once (the keys for the first), regions named by their city or short
name only, typos and homophones (身分证, 港奥通行证, 驾使证, 冲电), a few in traditional script, the rest
terse keyword queries: 24 files of 9 new regions (a 积分落户 实施细则 beside its 征求意见稿 with other figures
and a 12345 reply reckoning one asker's points; 居民身份证 and 出入境 guides both named 办事指南.html, one of
key-value rows, one of 【字段】 lines; a 12345 reply on 异地补领 and 临时身份证; the 出入境 fees and times as
an .xlsx workbook with a merged title row, units only in the header row and a second sheet; a 交管 政策解读 of
问/答 pairs and a 领导留言板 reply on 临时号牌; a 2025 公交 优惠 通知 beside the 2024 办法 it replaces; a GBK
网约车驾驶员证 须知; a 新能源汽车 充电停车 通知 with its 附件 .docx whose tables state their units only in the
header, and a browser's copy in 下载/; an 电动自行车 办法 PDF whose wrap splits figures; 投靠落户 in
traditional script; five roundups each naming a region that has only planned the measure, one naming a region
in passing, one whose body is split across two <div>s around an advertisement; an exact duplicate; an empty
file) and 69 questions (12 which-regions, 11 unanswerable), run once on the frozen code (fb46e21).

eval/policy19, written blind by a twentieth helper, is of 农业农村 — the subsidies, loans and services farmers
ask about — asked as chat tools relay farmers' own words (种地补贴, 买农机的补贴, 建冷库, their situation
first), as agents send keyword queries and as analysts ask which regions: 25 files of 8 new regions (a 2025
耕地地力保护补贴 and 一次性补贴 通知 beside the 2024 实施方案, a 12345 reply on rented land and the 发放汇总表
as an .xlsx; a 农机购置与应用补贴 实施方案 .docx whose tables state their units only in the header, its
browser's copy in 下载/ and a 政策问答 of short answers; a 冷藏保鲜设施 guide of 【字段】 lines whose table
has rowspan/colspan merged cells and a 宅基地 guide of key-value rows, both named 办事指南.html; an 电商 通知
whose text also stands in a <script> JSON blob; a 高标准农田 留言板 reply; a 农业保险 方案 PDF whose wrap
splits figures and a 留言板 reply on a wheat claim; a 生猪 奖补 .csv export with a BOM, a title line and a
合计 row; a 家庭农场 奖补办法 beside its 征求意见稿 with other figures; a “富民贷” 政策解读 of 问/答 pairs; a
GBK 危房改造 方案 of space-aligned columns; 高素质农民 in traditional script; four roundups each naming a
region that has only planned a measure and one named in passing; an exact duplicate; an empty file) and 69
questions (12 which-regions, 11 unanswerable).

eval/policy20, written blind by a twenty-first helper, is of 人力资源和社会保障 — 就业创业与社会保险:
创业担保贷款, 一次性创业补贴, 失业保险金 and 失业补助金, 灵活就业人员社会保险补贴, 职业技能提升补贴, 以工代训,
零工市场, 城乡居民基本养老保险, 退休, 第三代社保卡, 就业见习, 求职创业补贴, 欠薪 — asked by chat users in
their own words (失业金, 开店贷款, 考证补贴; typos: 创业但保贷款, 失业保险精), by agents' keyword queries and
by analysts: 27 files of 8 new regions (a 2025 通知 in Chinese numerals beside the 2024 办法 it replaces; a
政策解读 paginated over two HTML files, some answers only on page 2; two 办事指南.html, key-value rows and
【字段】 lines; a whole page in traditional script from a portal's 繁體 switch; an .xlsx whose table starts at
row 3 with a 填表说明 sheet; a .docx whose table sits in a cell of a layout table; an 办法 beside its
征求意见稿; an old CMS page in nested tables, <br> lines, GB2312 and full-width digits; a PDF whose wrap
splits figures; a GBK 公示 .txt; a WeChat article as Markdown; a UTF-16 LE .txt; 12345 and 留言板 replies;
five roundups each naming a region that has only planned the measure and one named in passing; an exact
duplicate; an empty file) and 69 questions (12 which-regions, 11 unanswerable).

eval/policy21, written blind by a twenty-second helper, is of 市场监管与生态环境 — 食品经营许可
告知承诺, 小餐饮登记证, 个体工商户 注销, 预付卡 退卡, 无理由退货, 举报奖励, 老旧电梯, 排污登记, 环评
告知承诺制, 柴油货车 淘汰补贴, 秸秆 奖补, 施工噪声, 垃圾分类 罚款 — asked by chat users (two in Cantonese),
agents and analysts: 27 files of 8 new regions (a UTF-8 page whose <meta> says gb2312; a two-column 公报 PDF;
a binary .xls; a guide whose sections are display:none tabs; a hidden 展开全文 <div>; an abolished 办法 in a
<textarea> beside the 2025 办法 abolishing it; a GB18030 .txt copied from a PDF with page-number lines; a GBK
.csv with multi-line quoted cells; a title only in <title>; a .docx with unaccepted tracked changes; a page
pasted from Word; a body of numeric character references; an .xlsx with a hidden sheet of old figures; Hong
Kong traditional script; five roundups each naming a region that has only planned the measure and one named
in passing; an exact duplicate; an empty file) and 69 questions (12 which-regions, 11 unanswerable).

eval/policy22, written blind by a twenty-third helper, is of 应急管理、防灾减灾与自然资源 —
地质灾害避险搬迁补助, 自然灾害生活救助 (过渡期生活救助, 冬春救助, 遇难人员家属抚慰金, 倒房重建),
政策性巨灾保险 and 台风转移安置, 安全生产举报奖励, 森林草原防火期 野外用火, 河道采砂, 林木采伐许可,
水土保持补偿费, 微型消防站 and 燃气泄漏报警装置 补助 — asked by chat users (two in Cantonese), agents and
analysts: 26 files of 8 new regions in kinds of file no earlier collection had (a 2025 通知 saved by Internet
Explorer as .mht, its HTML part GB2312 in quoted-printable beside an image part, raising the figures of the
2024 办法 beside it whose tables state their units only in the header; an .rtf saved by WPS, its paragraphs
GBK byte escapes and its table cells Unicode escapes in trowd/cell rows; a 政策解读 .pptx written by hand,
figures split over runs, a table and one answer only in the speaker notes; a 举报奖励办法 as an .ofd of
TextObject/TextCode lines wrapped at 36 characters, some one character per TextCode; a 通告 whose article is
only in a JavaScript variable, the body a loading placeholder; a UTF-16 BE .txt with a BOM; a PDF whose text
is a two-page table of figures; a .docx whose answers sit in a footnote and a text box; an empty .pptx),
beside a 办法 and its 征求意见稿 with other figures, two 办事指南.html (key-value rows, 【字段】 lines),
12345, 留言板 and 县长信箱 replies, a 政策解读 of 问/答 pairs, a page in traditional script, five roundups
each naming a region that has only planned the measure and one named in passing, and an exact duplicate; 69
questions (12 which-regions, 11 unanswerable).

eval/policy23, written blind by a twenty-fourth helper, is of 卫生健康与民政服务 — 育儿补贴, 生育津贴 and
生育医疗费用, 家庭医生签约服务, 无偿献血者用血费用返还, 基本殡葬服务费用减免 and 生态安葬奖补, 计划生育家庭
奖励扶助 and 特别扶助, 免费婚检孕检, 高龄津贴, 临时救助, 门诊慢特病 — of 8 new counties: 29 files in kinds
of file no earlier collection had (an .odt written by hand, a figure split over spans and a table with its
units in the header; an .eml forward, its GB2312 base64 body and a .docx attachment; a .zip of a .docx and
an .xlsx whose entry names are GBK without the UTF-8 flag; a 微信公众号 article in a hidden js_content; an
open-data .json dump of HTML in JSON strings; a Markdown FAQ with a pipe table; a two-column 折页 PDF; a
frameset page whose article is in the frame's own .htm beside it; a GB18030 .txt hard-wrapped mid-figure
with page lines), beside a 办法 and its 征求意见稿, two 办事指南.html, replies reckoning one family's case,
a page in traditional script, five roundups, a duplicate and an empty file; 72 questions (12 which-regions,
11 unanswerable).

eval/policy24, written blind by a twenty-fifth helper, is of 税费优惠与交通出行 — 公交 优惠 for old people
and students, 城乡公交 2元一票制, 绿色通道, 汽车消费补贴, 出租汽车运价, 购房契税补贴, 专项附加扣除,
小规模纳税人 增值税 — of 8 new counties: 32 files in kinds no earlier collection had (an .ods with a two-row
merged header, a .tsv export with a comment line, an RSS .xml feed of HTML in CDATA and escaped, an .epub
政策汇编, a GBK page saved without a charset, a 404 page saved under an article's name, a PDF that is one
table over two pages); 73 questions (12 which-regions, 11 unanswerable, 5 in traditional script).

eval/policy25, written blind by a twenty-sixth helper, is of 教育、文化旅游与退役军人服务 — 义务教育 招生入学
and 积分, 学生资助 and 生源地助学贷款, 文旅消费券, 景区门票 优惠, 公共体育场馆 开放, 退役军人 创业补助, 优待证
and 一次性经济补助, 课后服务 收费, 托育补贴 — of 8 new counties: 35 files in kinds no earlier collection had
(a Word "Save as Web Page" .htm in gb2312, an .odp 宣讲课件 with a table and speaker notes, an .srt video
subtitle of cues without punctuation, an H5 page whose text is only its __INITIAL_STATE__ JSON, a Safari
.webarchive, a page saved complete with its _files folder and an iframe's saved_resource.html, a UTF-16
.txt, a .zip of attachments with GBK names); 72 questions (12 which-regions, 11 unanswerable, 5 in
traditional script).

eval/policy26, written blind by a twenty-seventh helper, is of 水利、商务与科技创新 — 农村供水 阶梯水价 and
低保 水费减免, 小型农田水利 先建后补, 河道采砂权 出让 and 采砂许可, 家电以旧换新, 快递进村 and 农村电商 奖补,
出口信用保险 保费补贴, 展会 摊位费, 研发费用后补助, 高企 认定奖励, 科技特派员 补贴, 专利商标 资助 — of 8 new
counties: 33 files in kinds no earlier collection had (a 政策解读 whose text is only in an <iframe srcdoc>, a
PDF whose annex table is a landscape page turned by /Rotate 90, a .doc that is Word 2003 XML, an .xls that is
Excel 2003 XML, a hand-written .xlsx with a hidden row and SUBTOTAL/SUM formulas with cached values, a .docx
with review comments naming a draft's figures, an .eml forward in GB2312 quoted-printable with the original as
message/rfc822, an iCalendar .ics with folded lines, a .docx saved without a suffix), beside a 征求意见稿, a
转载, a Hong Kong news page in traditional script and eight replies; 72 questions (12 which-regions, 11
unanswerable, 5 in traditional script).

eval/policy27, written blind by a twenty-eighth helper, is of 文化遗产保护、司法行政与公共法律服务 —
历史建筑 修缮补助, 文物发现 报告奖励 and 文物看护员, 传统村落 奖补, 非遗传承人 补助, 人民调解 以案定补,
法律援助 经济困难标准 and 办案补贴, 公证费 减免, 值班律师, 法律明白人 补贴 — of 8 new counties: 36 files in
kinds no earlier collection had (a PDF 核定表 whose values are only AcroForm field values, a .docx template
whose answers sit in content controls, a .docx saved as Strict Open XML, a .docx whose 流程 is a SmartArt
diagram, a .docx whose article is an altChunk HTML part, an .xlsx with rich-text shared strings and a cell
comment, a .pptx whose table sits in nested group shapes, a page whose article is only in <noscript>, a page
with <ruby> 拼音 on every character, a GB18030 .txt with CR-only line ends, an Excel "Unicode text" export,
a PDF whose lines are drawn bottom-up); 72 questions (12 which-regions, 11 unanswerable, 5 in traditional
script).

eval/policy28, written blind by a twenty-ninth helper, is of 群团服务、气象与粮食 — 困难职工 帮扶, 职工
疗休养, 工会会员 普惠, 女职工 两癌筛查, 巾帼 创业贷款 贴息, 金秋助学, 人工影响天气 作业补助, 气象 服务, 粮食
订单收购 and 烘干 补贴 — of 8 new counties: 36 files in kinds no earlier collection had (a WPS 表格 .et, a
.docx whose 附件 table is an embedded worksheet object, a PDF carrying an attached file, a PDF locked with
an owner password, an XPS document, a WeChat copy full of zero-width characters and soft hyphens, a page
whose article is an <object>'s sibling file, an Outlook-saved .htm of conditional comments, a .docx with
hidden text of other figures, an .xlsx Table behind a chart sheet, a bank system's GB18030 .csv, a WPS .pptx
with its answer in the notes); 72 questions (12 which-regions, 11 unanswerable, 5 in traditional script).

eval/policy29, written blind by a thirtieth helper, is of 交通运输与物流、侨务与民族宗教 — 冷链物流 奖补, 村级
寄递物流 服务站, 货车 ETC 通行费 补助, 公路超限 治理 and 大件运输, 农村客运 通村班线 补贴, 公益性渡口 渡工
补贴, 困难归侨侨眷 帮扶, 侨资企业 奖励, 华侨回国定居, 少数民族学生 助学, 民族团结进步 示范, 宗教活动场所 消防
— of 8 new counties: 33 files in kinds no earlier collection had (pages saved as .shtml, .aspx and a GBK .php,
a table of <div>s with ARIA roles, an Outlook .msg, a PowerPoint 97-2003 .ppt, an .xlsm whose units and dates
are in its number formats, a .docx numbered only by Word, a .docx converted from a PDF, a .txt of a GBK part
and a UTF-8 part, a PDF whose text is in Form XObjects); 72 questions (12 which-regions, 11 unanswerable, 5 in
traditional script).

eval/policy30, written blind by a thirty-first helper, is of 人民防空与防震减灾、档案与地方志、全民健身与体育
— 人防 易地建设费 减免, 防空警报 试鸣, 平战结合 补贴, 农村民居 抗震改造, 地震监测设施 保护, 档案数字化,
档案征集 奖励, 村志编纂, 社会体育指导员 补贴, 场地开放 补助, 赛事奖励, 青少年 暑期培训 — of 8 new counties: 33
files in kinds no earlier collection had (a page saved under its URL name showinfo.jsp?infoid=…, an Internet
Explorer "Unicode" page in UTF-16, a Hanweb mailpubdetail.do reply in GBK, a flat OpenDocument .fodt and
.fods, an .xlsx whose instructions are only in a text box, a .tar.gz of .txt files, a WPS 演示 .dps, an .xlsb,
a .dotx template, a .docx whose figures are only in a chart's cache); 72 questions (12 which-regions, 11
unanswerable, 5 in traditional script).

eval/policy31, written blind by a thirty-second helper, is of 林业草原与生态补偿、城市管理与市容环卫、政务服
务与数据 — 生态公益林 补偿, 林下经济 奖补, 古树名木 认养, 野外用火 审批, 草原禁牧 补助, 门前三包, 占道经营
疏导点, 建筑垃圾 处置, 户外广告, 垃圾分类 积分兑换, 共享单车, 企业开办 补贴, 一件事一次办, 好差评 — of 8 new
counties: 32 files in kinds no earlier collection had (an .odt whose tracked changes are not accepted, a
GeoJSON open-data set in ASCII escapes, an SVG infographic whose text is in tspans, a PDF whose Chinese is in
a non-embedded Identity-H font readable only through its ToUnicode map, a Safari .webarchive of a GBK page);
77 questions (12 which-regions, 11 unanswerable, 5 in traditional script).

eval/policy32, written blind by a thirty-third helper, is of 能源与清洁取暖、国防动员与征兵、海洋与渔业 —
煤改电 and 煤改气 补贴, 谷段电价, 户用光伏 备案并网, 低压报装 三零, 充电桩 建设补贴, 义务兵 家庭优待金, 入伍
奖励, 学费补偿, 民兵 误工补贴, 渔业发展补助, 减船转产, 伏季休渔 生活补助, 渔业互助保险, 海域使用 — of 8 new
counties: 32 files in kinds no earlier collection had (a UOF 1.0 征兵通告 whose figures are bold runs of their
own, a vCard 2.1 contact list in quoted-printable UTF-8, a .7z of a GBK .txt and a .docx, a macro-enabled
.docm whose figures are only in footnotes, a PDF form whose entries are only its fields' values); 78
questions (12 which-regions, 11 unanswerable, 5 in traditional script).

eval/policy33, written blind by a thirty-fourth helper, is of 供销合作与邮政寄递、广播电视与网络视听、
无障碍环境建设与低空经济 — 村级寄递物流综合服务站 建设 and 运营 补贴, 快递进村 运费补贴, 化肥淡季储备 贴息,
冷藏保鲜库 and 冷藏车 补助, 直播电商 培训补贴, 户户通 维修, 有线电视 收视费减免, 家庭无障碍改造, 无障碍出租车,
植保无人机 累加补贴, 飞行报备 — of 8 new counties: 32 files in kinds no earlier collection had (a .tar.bz2 of
a GBK .txt and a .docx form, an .mbox of a base64 GBK message and one with a .docx attachment, an OpenDocument
drawing whose figure is split over spans, a WebVTT file whose figures are cut between cues, an .xltx template
with an example row); 79 questions (12 which-regions, 11 unanswerable, 5 in traditional script).

eval/policy34, written blind by a thirty-fifth helper, is of 知识产权与标准化、政府采购与公共资源交易、普惠
金融与政策性农业保险 — 发明专利 资助, 商标 奖励, 知识产权 质押融资 贴息, 标准 制定 奖励, 政府采购 预留份额 and
价格扣除, 政采贷, 投标保证金 免收, 电子保函, 普惠金融服务站 补贴, 小额贷款 风险补偿金, 农业保险 保费补贴, 脐橙
特色保险, 完全成本保险 — of 8 new counties: 32 files in kinds no earlier collection had (a .ppsx slide show
whose date is split over runs, Advanced SubStation subtitles (.ass) whose figures are cut between events or by
override tags, an RSS feed whose descriptions are CDATA or escaped HTML, an XHTML page served as
application/xhtml+xml, an OpenDocument text template (.ott) with placeholder fields); 79 questions (12
which-regions, 11 unanswerable, 5 in traditional script).

eval/policy35, written blind by a thirty-sixth helper, is of 基层医疗卫生与中医药、医疗保障经办、港澳台与外籍
人员服务 — 台胞 创业补贴 and 场租补贴, 港澳青年 创业启动补贴 and 入驻基地, 长期护理保险 待遇, 中医馆 and
中医阁 奖补, 外籍人才 奖励 and 子女入学, 外国人工作许可, 乡村医生 补助, 村卫生室 运行经费, 家庭医生
签约服务费, 门诊共济 and 异地就医 备案 — of 8 new counties: 32 files in kinds no earlier collection had (an
OpenOffice.org 1.x Writer .sxw, TTML subtitles whose figures are cut between cues, an Atom feed whose contents
are escaped, CDATA or inline XHTML, a KML map of clinics, an .xltm form template whose date is split over
rich-text runs); 79 questions (12 which-regions, 11 unanswerable, 5 in traditional script).

eval/policy36, written blind by a thirty-seventh helper, is of 婚俗改革与移风易俗、志愿服务激励与互助养老、
红十字人道服务 — 婚事新办 奖励, 集体婚礼, 红白理事会 经费, 时间银行 and 爱心超市 积分, 志愿者 礼遇, 应急救护
培训 and 救护站, 人道救助, 遗体和器官捐献者 关怀 — of 8 new counties in the north and north-west: 32 files in
kinds no earlier collection had (a WeChat article saved by Chrome as quoted-printable .mhtml whose phone
number a soft line break cuts, a macro-enabled deck (.pptm) and Word template (.dotm) whose dates are split
over runs, GBK lyrics (.lrc) whose date is cut between timed lines, a GPX layer of stations whose descriptions
are escaped HTML); 79 questions (12 which-regions, 11 unanswerable, 5 in traditional script).

eval/policy37, written blind by a thirty-eighth helper, is of 禁毒举报奖励与社区戒毒康复、慈善事业与社区慈善
基金、全民阅读与农家书屋 — 举报 rewards per gram and per plant with a bonus for 边民, 操守保持奖励, 就业补贴
for 康复人员, 无毒村 awards, 社区慈善基金 and its 配捐, 慈善医疗救助, 城市书房 built with partners, 农家书屋
管理员 subsidies and 示范书屋, 读者证 loans and 书香家庭 — of 8 new counties in the south and south-west: 33
files in kinds no earlier collection had (an XLIFF translation job whose hotline inline codes cut, YouTube
.sbv subtitles and GBK SAMI captions whose figures are cut between cues, a 幕布 OPML outline whose date an
escaped bold span cuts, an analyst's Jupyter notebook), a GB18030 timetable of space-aligned columns;
79 questions (12 which-regions, 11 unanswerable, 5 in traditional script).

eval/policy38, written blind by a thirty-ninth helper, is of 网格化管理与专职网格员、野生动物致害补偿、校园
足球与青少年体育 — 野猪 and wolf damage 补偿 per 亩 and per head, 申报 时限, 政府救助责任保险 and its 免赔额,
专职网格员 报酬 and 绩效 by 考核等次, 兼职网格员 补贴, 事件上报 时限, 校园足球特色学校 奖补, 教练员 补贴,
赛事奖励, 青少年体育俱乐部 认定 奖励 — of 8 new counties in the north, north-east and north-west: 33 files
in kinds no earlier collection had (an XMind map whose 绩效 stands in a topic's label, a FreeMind map of
character references, a Visio flowchart whose phone number a text marker cuts, a 12345 chatbot's YAML
knowledge file whose folds cut sentences, a TMX translation memory whose inline tags cut a date and a phone
number), GBK, GB18030 and UTF-16 text, a hard-wrapped PDF cutting 500元, a 0-byte .docx; 79 questions (13
which-regions, 11 unanswerable, 5 in traditional script).

eval/policy39, written blind by a fortieth helper, is of 林长制与生态护林员、畜禽粪污资源化利用与粪肥还田、
稻渔综合种养 — 护林员 劳务报酬 and 考核 扣减, 巡护 里程, 林长 公示牌, 粪污 设施 改造 补助 per 立方米, 粪肥还田
补贴 per 亩, 第三方服务组织, 稻渔 环沟 占比 and 奖补 per 亩 — of 8 new counties of central and east China: 33
files in kinds no earlier collection had (an 印象笔记 .enex clip whose bold run and highlight cut a figure and
a phone number, a crawler's WARC whose chunked GBK body cuts a date and a phone number, a browser's HAR of a
政务服务 app's API with escaped, base64 and <strong>-cut answers, a gettext .po catalogue whose continued
msgstr lines cut 500元 and a phone number, a LaTeX report with bold runs, footnotes, a booktabs table and a
%-comment holding an old figure), GBK, GB18030 and UTF-16 text, a hard-wrapped PDF cutting 100元, a 0-byte
附件; 79 questions (13 which-regions, 11 unanswerable, 5 in traditional script).

eval/policy40, written blind by a forty-first helper, is of 白蚁防治、城镇排水与雨污分流、城市树木保护与立体
绿化 — 白蚁预防 收费 per 平方米 and its 保修期, 灭治 补助 for 文物建筑, 排水许可 and 污水处理费 per 立方米,
雨污分流 入户改造 and 接驳 补助, 绿化补偿费 per 棵, 屋顶 and 垂直绿化 奖补 per 平方米 and 米 — of 8 new
counties of 广东 and 广西: 33 files in kinds no earlier collection had (a MySQL dump of a 12345 留言 table
whose replies are escaped multi-line fields and whose amounts have their unit only in a column comment, an
app's SQLite 台账 storing its subsidy in 分, a dBase table in GBK with a deleted record, a Sphinx .rst manual
page with a figure in a substitution and an old one in a comment; and an iCalendar like policy26's with a
time zone, a weekly rule, an exception and a cancelled event, its folds cutting a date and a phone number),
GBK, GB18030 and UTF-16 text, a hard-wrapped PDF cutting 0.95元, a 0-byte 附件; 79 questions (13
which-regions, 11 unanswerable, 5 in traditional script).

eval/policy41, written blind by a forty-second helper, is of 禁渔与退捕渔民安置保障、动物防疫与病死畜禽无害化
处理、机动车驾驶培训 — 退捕渔民 养老保险 补贴 and 过渡期生活补助, 转产就业 补贴, 渔船 回收 补偿, 休闲垂钓
罚款 and 举报奖励, 强制免疫 先打后补, 无害化处理 补助 per 头, 养殖场 备案, 狂犬病 免疫, 驾校 计时培训, 先培训
后付费 and 退费 — of 8 new counties of 湖南, 江西 and 湖北: 35 files in kinds no earlier collection had (a
12345 export in JSON Lines with a line written all in unicode escapes and one with a trailing comma, a 补助
台账 in NDJSON, an Apple Mail .emlx with a GBK body in base64 and its plist trailer, a FictionBook .fb2 读本
with keys cut by <strong> runs and a cover image, a gzipped Gnumeric workbook whose units stand only in
header rows, an AsciiDoc 手册 whose figures are attributes and whose old ones a comment block holds), GBK,
GB18030 and UTF-16 text, a hard-wrapped PDF, a 0-byte 附件; 79 questions (13 which-regions, 11 unanswerable,
5 in traditional script).

eval/policy42, written blind by a forty-third helper, is of 河湖长制与河道保洁, 农村留守儿童和困境儿童关爱保护
and 首店经济与中华老字号扶持 — 村级河道保洁员 补贴 per 公里 and its 考核 扣发, 巡河补助 per 有效巡河, 涉河建设
审批, 保洁服务 考核扣款, 儿童主任 补贴 and 探访, 困境儿童 基本生活保障 by category, 助学补助 by 学段, 委托照
护, 首店 奖励 by tier, 装修补贴, 老字号 认定 and 新开门店 奖励 — of 8 new counties of 云南, 贵州, 甘肃 and 宁
夏: 34 files in kinds no earlier collection had (an Emacs Org-mode work log whose old figures stand in comment
lines and a comment block and whose markup cuts figures, a MediaWiki page source with an infobox, a wikitable
and an HTML comment of old figures, a TOML configuration whose units stand only in key names or comments, a
GBK CSV gzipped as an open-data portal hands it over, a 知网 RIS export whose abstract wraps over continuation
lines, a JabRef BibTeX export with escapes and a @comment of an old figure), GBK, GB18030 and UTF-16 text, a
hard-wrapped PDF, a 0-byte 附件; 79 questions (13 which-regions, 11 unanswerable, 5 in traditional script).

eval/policy43, written blind by a forty-fourth helper, is of 黑土地保护与保护性耕作, 农村公路养护与路长制 and
养老机构与社区养老服务综合体 (运营补贴 per 人·月, 等级评定 奖励, 家庭养老床位, 综合体 建设补助) of 8 new
counties of 吉林, 黑龙江, 内蒙古, 西藏, 青海 and 海南: 36 files, among them kinds no earlier collection had (a
draw.io flowchart stored compressed, with bold tags cutting figures, a 百度脑图 KityMinder map with facts in
node notes, a Java .properties file of backslash-u escapes and continuation lines with old figures in
comments, an XML and a binary Apple plist, a DocBook chapter with a table, a footnote and an XML comment of an
old figure, a GBK CSV compressed as .csv.bz2 and a page as .txt.xz), a 征求意见稿 beside its final version,
2025 and 2026 columns side by side, GBK, GB18030 and UTF-16 text, a hard-wrapped PDF, a 繁體 page, a 0-byte
附件; 79 questions (12 which-regions, 11 unanswerable, 4 in traditional script).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.report import RESULTS
from indexer.retrieve import Retriever
from indexer.settings import PROJECT_ROOT
from server.cli import main as citeqa
from server.config import Settings
from server.generate import answer_question

SETS = (
    "policy",
    "policy2",
    "policy3",
    "policy4",
    "policy5",
    "policy6",
    "policy7",
    "policy8",
    "policy9",
    "policy10",
    "orgdocs",
    "policy11",
    "policy12",
    "policy13",
    "policy14",
    "policy15",
    "policy16",
    "policy17",
    "policy18",
    "policy19",
    "policy20",
    "policy21",
    "policy22",
    "policy23",
    "policy24",
    "policy25",
    "policy26",
    "policy27",
    "policy28",
    "policy29",
    "policy30",
    "policy31",
    "policy32",
    "policy33",
    "policy34",
    "policy35",
    "policy36",
    "policy37",
    "policy38",
    "policy39",
    "policy40",
    "policy41",
    "policy42",
    "policy43",
)
# How a region is named in a group label when not by its own short name (黄岛区 is 青岛西海岸新区).
_ALIASES = {
    "黄岛区": ("黄岛", "西海岸"),
    "东湖高新区": ("东湖", "光谷"),
    "苏州工业园区": ("苏州工业园区", "工业园区"),
}


def _named(region: str, label: str) -> bool:
    return any(a in label for a in _ALIASES.get(region, (region.removesuffix("区").removesuffix("县"),)))


def _judge_regions(expected: Sequence[str], answer: dict[str, Any]) -> dict[str, Any]:
    got = [g["region"] or "(none)" for g in answer["groups"]]
    missing = [e for e in expected if not any(_named(e, g) for g in got)]
    extra = [g for g in got if not any(_named(e, g) for e in expected)]
    return {"holds": answer["answerable"] and not missing and not extra, "missing": missing, "extra": extra}


def judge(retriever: Retriever, question: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    def text(doc_id: str) -> str:
        found = retriever.document(doc_id)
        return found[1] if found else ""

    quotes_exact = all(text(c["doc_id"])[c["start"] : c["end"]] == c["quote"] for c in answer["citations"])
    pages = [c["page"] for c in answer["citations"] if c["page"] is not None]
    judged = {
        "id": question["id"],
        "kind": question["kind"],
        "answerable": answer["answerable"],
        "holds": any(k in answer["answer"] for k in question["keys"]) if question["keys"] else None,
        "quotes_exact": quotes_exact,
        # judged when the answer cites a PDF (another file of the same text, a .txt copy, has no pages)
        "page_right": None if question.get("page") is None or not pages else question["page"] in pages,
        "chars": len(re.sub(r"\[\d+\]", "", answer["answer"])),  # markers apart, as the bench answers count
        "answer": answer["answer"],
    }
    if question.get("regions"):
        judged.update(_judge_regions(question["regions"], answer))
    return judged


def run(folder: Path, index_dir: Path, reuse: bool = False) -> dict[str, Any]:
    built = reuse and (index_dir / "manifest.json").exists()
    if not built and citeqa(["index", str(folder / "docs"), "--index", str(index_dir), "--rebuild"]) != 0:
        raise SystemExit("python -m eval.policy_set: indexing the collection failed")
    retriever = Retriever(index_dir)
    settings = Settings(index_dir=index_dir)
    rows = []
    for line in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        question = json.loads(line)
        answer = answer_question(retriever, question["question"], 5, settings).model_dump()
        rows.append(judge(retriever, question, answer))
    answerable = [r for r in rows if r["kind"] != "unanswerable"]
    negatives = [r for r in rows if r["kind"] == "unanswerable"]
    paged = [r for r in rows if r["page_right"] is not None]
    judged = [r for r in answerable if r["holds"] is not None]
    summary = {
        "answerable": len(answerable),
        "holds": sum(bool(r["holds"]) for r in answerable),
        "judged": len(judged),
        "declined_answerable": sum(not r["answerable"] for r in answerable),
        "unanswerable": len(negatives),
        "declined_unanswerable": sum(not r["answerable"] for r in negatives),
        "quotes_exact": sum(r["quotes_exact"] for r in rows),
        "pdf_pages_right": f"{sum(bool(r['page_right']) for r in paged)}/{len(paged)}",
        "over_250_chars": sum(r["chars"] > 250 for r in rows),
        "documents": len(retriever.data.documents),
        "passages": retriever.data.passages,
        # (kinds whose questions name no expected figure — eval/policy's region questions — are not judged)
        "by_kind": {
            kind: f"{sum(bool(r['holds']) for r in judged if r['kind'] == kind)}"
            f"/{sum(r['kind'] == kind for r in judged)}"
            for kind in sorted({r["kind"] for r in judged})
        },
    }
    return {"summary": summary, "questions": rows}


def write_markdown(name: str, result: dict[str, Any], path: Path) -> None:
    s = result["summary"]
    lines = [
        f"# Policy collection eval/{name}",
        "",
        *(" ".join(part.split()) + "\n" for part in (__doc__ or "").split("\n\n")[1:7]),
        f"{s['documents']} documents, {s['passages']} passages. Regenerate with "
        f"`python -m eval.policy_set --set {name}`.",
        "",
        "| | |",
        "|---|--:|",
        f"| answerable questions whose answer holds the expected figure | {s['holds']} / {s['judged']} |",
        f"| … by kind | {', '.join(f'{k} {v}' for k, v in s['by_kind'].items())} |",
        f"| answerable questions declined | {s['declined_answerable']} |",
        f"| unanswerable questions declined | {s['declined_unanswerable']} / {s['unanswerable']} |",
        f"| answers whose every quote is the document's text[start:end] | {s['quotes_exact']} / "
        f"{s['answerable'] + s['unanswerable']} |",
        f"| answers citing a PDF that cite the expected page | {s['pdf_pages_right']} |",
        f"| answers over 250 characters | {s['over_250_chars']} |",
        "",
        "| id | kind | holds | declined | answer |",
        "|---|---|---|---|---|",
    ]
    for r in result["questions"]:
        holds = "—" if r["holds"] is None else ("yes" if r["holds"] else "**no**")
        if r.get("missing") or r.get("extra"):
            holds += f" (missing {'、'.join(r['missing']) or '—'}; other {'、'.join(r['extra']) or '—'})"
        answer = r["answer"].replace("|", "\\|").replace("\n", " ")[:120]
        lines.append(
            f"| {r['id']} | {r['kind']} | {holds} | {'yes' if not r['answerable'] else ''} | {answer} |"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.policy_set", description=__doc__)
    parser.add_argument("--set", choices=SETS, default=None, help="one collection (default: all)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument(
        "--index-root",
        type=Path,
        default=None,
        help="keep the indexes here and reuse them (for changes to answering only)",
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in [args.set] if args.set else SETS:
        if args.index_root:
            result = run(PROJECT_ROOT / "eval" / name, args.index_root / name, reuse=True)
        else:
            with tempfile.TemporaryDirectory(prefix=f"citeqa-{name}-") as tmp:
                result = run(PROJECT_ROOT / "eval" / name, Path(tmp) / "index")
        print(name, json.dumps(result["summary"], ensure_ascii=False))
        (args.out / f"{name}-set.json").write_text(
            json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        write_markdown(name, result, args.out / f"{name}-set.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
