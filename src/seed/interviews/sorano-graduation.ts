import { a, cta, h, image, p, q, quote, SERIES, type InterviewSeed } from './blocks'

const MIYOSHI = { ja: '三好 隆之', en: 'Takayuki Miyoshi' }
const MIZUNO = { ja: '水野 さやか', en: 'Sayaka Mizuno' }

/** The case study that exists in both languages; one interviewee is a seeded alumna. */
export const soranoGraduation: InterviewSeed = {
  slug: 'sorano-systems-graduation-day',
  company: 'sorano-systems',
  publishedDaysAgo: 83,
  interviewDaysAgo: 104,
  tags: ['オフボーディング', 'IT', 'アルムナイ採用', 'リファラル'],
  hero: {
    palette: 'sky',
    pattern: 'dots',
    alt: { ja: '空色のグラデーションに円と曲線を重ねた抽象的なメイン画像', en: 'Abstract hero image: circles and curves on a sky-blue gradient' },
  },
  scene: {
    kind: 'graduation',
    palette: 'sky',
    alt: { ja: '紙吹雪の中で卒業証書を囲む二人のイラスト', en: 'Illustration of two people with a certificate under falling confetti' },
  },
  interviewees: [
    {
      ja: { name: MIYOSHI.ja, organization: '株式会社ソラノシステムズ', role: '執行役員 人事本部長' },
      en: { name: MIYOSHI.en, organization: 'Sorano Systems Inc.', role: 'Executive Officer, Head of Human Resources' },
      isAlumni: false,
      photo: 'portrait-miyoshi-takayuki',
    },
    {
      ja: { name: MIZUNO.ja, organization: '株式会社ソラノシステムズ', role: '人事本部 アルムナイ・リレーション マネージャー（つむぎワークス アルムナイ）' },
      en: { name: MIZUNO.en, organization: 'Sorano Systems Inc.', role: 'Alumni Relations Manager, Human Resources (Tsumugi Works alumna)' },
      isAlumni: true,
      alumnusEmail: 'sayaka.mizuno@alumni.example',
      photo: 'avatar-sayaka-mizuno',
    },
  ],
  ja: {
    title: '最終日を"卒業式"に。SaaS企業が退職の体験から見直したアルムナイ制度',
    series: SERIES.ja,
    lead: '物流向けのクラウドサービスを開発する株式会社ソラノシステムズは、退職者を「卒業生」と呼び、退職の手続きそのものを設計し直すところからアルムナイ制度を始めました。制度を担当するのは、つむぎワークスのアルムナイでもある水野さやかさん。人事本部長の三好隆之さんとともに、"いい辞め方"をつくる取り組みについて伺いました。',
    body: [
      p(`連載「アルムナイ企業事例」では、退職した社員とのつながりを大切にしている企業の取り組みをご紹介しています。今回は、東京・五反田に本社を置く株式会社ソラノシステムズにご登場いただきました。`),
      q('ソラノシステムズでは、アルムナイに関してどのような取り組みをしていますか？'),
      a(
        MIYOSHI.ja,
        `2024年の春から、退職した社員を「卒業生」と呼び、公式の卒業生コミュニティを運営しています。登録者は約350名です。主な取り組みは三つあります。卒業生向けのオンラインコミュニティ、半年に一度の交流イベント、そして再入社や業務委託でのプロジェクト参加の窓口です。

ただ、私たちがいちばん力を入れてきたのは、実はそのどれでもありません。社員が会社を辞めるときの体験、いわゆるオフボーディングの見直しです。`,
      ),
      q('なぜ、退職の手続きから見直したのでしょうか？'),
      a(
        MIZUNO.ja,
        `私が着任して最初にしたのが、ここ数年で辞めた方へのヒアリングでした。20名ほどにお話を聞いたのですが、多くの方が口をそろえて言ったのが「最後の1か月がつらかった」ということでした。退職を伝えた途端に会議に呼ばれなくなった、引き継ぎの資料づくりに追われて送別会どころではなかった、最終日は人事から返却物のリストが送られてきただけだった、と。

会社には感謝しているのに、最後の印象が悪いせいで連絡を取りづらくなっている。それでは、どんなに立派なコミュニティをつくっても人は集まりません。コミュニティの入口は、退職の最終日にある。そう考えて、まずそこから手をつけることにしました。`,
      ),
      quote('コミュニティの入口は、退職の最終日にある。', MIZUNO.ja),
      q('具体的には、どのように変えたのですか？'),
      a(
        MIZUNO.ja,
        `大きく三つです。まず、退職が決まった人と上司、人事の三者で「卒業面談」を行うようにしました。引き継ぎの段取りだけでなく、在籍中の仕事を振り返り、次の挑戦について話す時間です。会社への率直なフィードバックも、この場で伺っています。

次に、最終日に「卒業証書」をお渡しすることにしました。チームのメンバーが手書きのメッセージを添えて送り出します。少し気恥ずかしいのですが、これが想像以上に喜ばれていて、SNSに載せてくださる方もいます。

最後に、卒業後の連絡先をその場で登録してもらい、コミュニティへの招待をお送りします。会社のメールアドレスは最終日に使えなくなってしまうので、この一手間がないと、せっかくの関係が途切れてしまうんです。`,
      ),
      a(
        MIYOSHI.ja,
        `管理職向けの研修も変えました。部下から退職の相談を受けたときに、引き止めることばかり考えるのではなく、本人のキャリアにとって何がいいかを一緒に考える。そのための面談の進め方を、ロールプレイで学んでもらっています。最初は戸惑う管理職もいましたが、「送り出し方が変わってから、チームの雰囲気が良くなった」という声も出てきています。`,
      ),
      image('scene-sorano-systems-graduation-day', '最終日にチームから手渡される「卒業証書」（イラスト）'),
      h('自分がアルムナイだったから分かること'),
      q('水野さんご自身も、つむぎワークスのアルムナイだそうですね。'),
      a(
        MIZUNO.ja,
        `はい。つむぎワークスには7年間在籍して、採用と研修の仕事をしていました。退職したあともアルムナイネットワークに登録していて、交流会にも何度か参加しています。

そこで感じたのは、辞めた会社とつながっていることの心地よさでした。元同僚の近況を知ることができるし、困ったときに相談できる。会社の新しい取り組みを聞くと、なんだか自分のことのようにうれしくなる。その経験があったので、ソラノシステムズでアルムナイ制度の立ち上げを任されたとき、「あの感じをここでもつくりたい」と思いました。卒業面談のアイデアも、実はつむぎワークス時代の先輩から聞いた話がヒントになっています。`,
      ),
      q('卒業生コミュニティでは、どのような交流が生まれていますか？'),
      a(
        MIZUNO.ja,
        `オンラインのコミュニティでは、卒業生どうしが仕事の相談をしたり、勉強会を開いたりしています。最近は、卒業生が立ち上げた会社とソラノシステムズが、共同で物流の実証実験をするという話も出てきました。

半年に一度の交流イベントには、毎回80名ほどが参加します。現役の社員にも声をかけていて、卒業生に向けて自分のチームの仕事を紹介する時間もつくっています。卒業生にとっては会社のいまを知る機会に、現役の社員にとっては、外から会社がどう見えているかを知る機会になっています。`,
      ),
      q('制度を始めてから、どのような成果がありましたか？'),
      a(
        MIYOSHI.ja,
        `この1年半で、9名の卒業生が再入社しました。さらに、卒業生からの紹介で入社した人も6名います。採用の面での効果は、はっきり数字に表れています。

ただ、私がいちばんの成果だと思っているのは、退職時のアンケートの結果です。「ソラノシステムズを友人に勧めたいか」という問いに「勧めたい」と答えた人の割合が、制度を始める前の4割から7割まで上がりました。辞めた人がいい評判を広げてくれる。これは、どんな採用広告よりも強い力になります。`,
      ),
      q('再入社する人を迎えるときには、どのようなことに気をつけていますか？'),
      a(
        MIYOSHI.ja,
        `再入社した方には、最初の1か月を"再オンボーディング"の期間にしています。知っている会社だからこそ、変わったところに気づきにくいんです。離れていた間に増えたサービスや、新しくなった開発の進め方、組織の変化を、あらためて説明する時間をとっています。

もう一つは、迎える側の準備です。かつての後輩が上司になっている、ということもよくあります。お互いにやりにくさを感じないよう、配属の前に、本人と新しい上司とで、期待していることを話し合ってもらっています。`,
      ),
      q('アルムナイ制度を始めようとしている企業へ、メッセージをお願いします。'),
      a(
        MIZUNO.ja,
        `まずは、最近辞めた方の話を聞いてみることをお勧めします。きっと、会社の側からは見えていなかったことがたくさん出てくるはずです。制度やツールを整えるのは、そのあとでも遅くありません。

それから、小さく始めることも大切だと思います。私たちも最初は、スプレッドシートでつくった連絡先の一覧と、年に一度の食事会から始めました。続けていくうちに、卒業生の側から「こういうことをしてほしい」という声が出てきて、それに応える形でいまの仕組みができていったんです。`,
      ),
      a(
        MIYOSHI.ja,
        `人が辞めることは、会社にとって失敗ではありません。大切なのは、辞めたあともお互いを応援し合える関係でいられるかどうか。そのための準備は、入社した日から始まっているのだと思います。`,
      ),
      p(`ソラノシステムズの卒業生コミュニティには、同社を退職した方が登録できます。（取材・文：Enishi編集部）`),
      cta('ソラノ卒業生コミュニティについて見る', 'https://sorano-systems.example/alumni', '卒業生コミュニティのご紹介と登録（ソラノシステムズ 公式サイト）'),
    ],
  },
  en: {
    title: 'Making the last day a graduation: how a SaaS company rebuilt its alumni programme around the way people leave',
    series: SERIES.en,
    lead: 'Sorano Systems, which builds cloud software for logistics, calls its former employees "graduates" and began its alumni programme by redesigning how people leave. The programme is run by Sayaka Mizuno, herself an alumna of Tsumugi Works. We talked to her and to Takayuki Miyoshi, head of human resources, about what it takes to build a good way to leave.',
    body: [
      p(`In our series "Corporate Alumni Case Studies" we look at companies that keep in touch with the people who have left them. This time we visited Sorano Systems Inc., headquartered in Gotanda, Tokyo.`),
      q('What does Sorano Systems do for its alumni?'),
      a(
        MIYOSHI.en,
        `Since the spring of 2024 we have called former employees "graduates", and we run an official graduate community. About 350 people have signed up. There are three main parts: an online community for graduates, a get-together every six months, and a single point of contact for anyone who wants to come back, either as an employee or on a project contract.

But the thing we have put the most effort into is none of those. It is the experience of leaving the company itself: what people call offboarding.`,
      ),
      q('Why start with the leaving process?'),
      a(
        MIZUNO.en,
        `The first thing I did when I took on this role was to interview people who had left in the past few years. I spoke to about twenty of them, and most said the same thing: the last month was hard. The moment they handed in their notice they stopped being invited to meetings; they were so busy writing handover documents that there was no time for a farewell; on their last day all they got from HR was a list of things to return.

They were grateful to the company, yet that last impression made it awkward to get in touch again. If that is how people leave, nobody will join your community, however good it is. The way into the community is the last day at work. So that is where we started.`,
      ),
      quote('The way into the community is the last day at work.', MIZUNO.en),
      q('What exactly did you change?'),
      a(
        MIZUNO.en,
        `Three things. First, when someone decides to leave, they, their manager and HR now hold a "graduation interview". It is not only about planning the handover: it is time to look back on their work here and to talk about what comes next. It is also where we ask for honest feedback about the company.

Second, on the last day we hand over a "graduation certificate". The team adds handwritten messages and sees the person off together. It is a little embarrassing, but people like it far more than we expected; some even post it on social media.

Third, we ask people to register a personal contact address there and then, and send them an invitation to the community. Their company email stops working on the last day, so without that small step the relationship simply breaks off.`,
      ),
      a(
        MIYOSHI.en,
        `We also changed our training for managers. When someone comes to you saying they are thinking of leaving, the point is not only to try to keep them, but to think together about what is best for their career. Managers practise how to run that conversation in role-plays. Some were uneasy at first, but now we hear things like "since we changed how we say goodbye, the team feels better".`,
      ),
      image('scene-sorano-systems-graduation-day', 'The "graduation certificate" a team hands over on the last day (illustration)'),
      h('What you understand when you are an alumna yourself'),
      q('Ms Mizuno, you are an alumna of Tsumugi Works yourself.'),
      a(
        MIZUNO.en,
        `Yes. I spent seven years at Tsumugi Works, working on recruiting and training. After I left I stayed in its alumni network and have been to several of its get-togethers.

What I felt there was how good it is to stay connected to a company you have left. You hear how former colleagues are doing, you have someone to ask when you are stuck, and when the company starts something new you are somehow glad, as if it were your own news. Because of that, when Sorano Systems asked me to set up an alumni programme, I thought: I want to create that same feeling here. The graduation interview, in fact, grew out of something a senior colleague told me back at Tsumugi Works.`,
      ),
      q('What kind of connections has the graduate community created?'),
      a(
        MIZUNO.en,
        `In the online community, graduates ask each other for advice on work and run study groups. Recently there has even been talk of a company founded by a graduate running a joint logistics trial with Sorano Systems.

About eighty people come to each of our twice-yearly get-togethers. We invite current staff too, and set aside time for them to present what their teams are working on. For graduates it is a chance to see where the company is now; for current staff, a chance to hear how the company looks from the outside.`,
      ),
      q('What has changed since you started?'),
      a(
        MIYOSHI.en,
        `In the past eighteen months nine graduates have rejoined us, and six more people have joined on a graduate's recommendation. For hiring, the effect shows clearly in the numbers.

But what I consider the biggest result is our exit survey. Asked whether they would recommend Sorano Systems to a friend, 40 per cent of leavers said yes before the programme; now it is 70 per cent. People who have left spread a good word about us, and that is stronger than any job advertisement.`,
      ),
      q('How do you welcome people who come back?'),
      a(
        MIYOSHI.en,
        `People who rejoin spend their first month in what we call "re-onboarding". Precisely because they know the company, it is easy to miss what has changed. We take time to walk them through the services added while they were away, the new ways we build software, and how the organisation has changed.

The other part is preparing the people who receive them. It is quite common for a former junior to have become their manager. So that neither side feels awkward, before they start we ask the returner and their new manager to talk through what they expect of each other.`,
      ),
      q('What would you say to a company thinking of starting an alumni programme?'),
      a(
        MIZUNO.en,
        `Start by listening to people who have left recently. You will hear many things the company could not see from the inside. There is plenty of time to set up schemes and tools after that.

It also helps to start small. We began with a list of contacts in a spreadsheet and a dinner once a year. As we kept going, graduates started telling us what they wanted, and the programme we have today grew out of answering them.`,
      ),
      a(
        MIYOSHI.en,
        `People leaving is not a failure for a company. What matters is whether you can go on supporting each other after they have gone. And the preparation for that starts on the day someone joins.`,
      ),
      p(`The Sorano Systems graduate community is open to anyone who has left the company. (Interview and text: Enishi editorial team)`),
      cta('About the Sorano graduate community', 'https://sorano-systems.example/alumni', 'The graduate community and how to join (Sorano Systems website)'),
    ],
  },
}
