// Guidance articles seeded into the store. Original text written for this project.
export type SeedArticle = {
  slug: string;
  title: string;
  summary: string; // one or two sentences, plain text
  tags: string[]; // lowercase, e.g. ["walking", "getting-started"]
  featuredRank: number | null; // 1..n for the ones to feature on the home page, null otherwise
  body: string; // Markdown (headings from ##, lists, bold, links). NO raw HTML. NO backtick characters anywhere.
};

export const SEED_ARTICLES: SeedArticle[] = [
  {
    slug: "start-walking-with-back-pain",
    title: "Starting a walking routine when your back hurts",
    summary:
      "How to begin with short, easy walks and build up gradually towards half an hour, with simple posture cues and a plan for the days your back flares up.",
    tags: ["walking", "getting-started", "back-pain"],
    featuredRank: 1,
    body: `## Why walking is worth the effort

When your lower back hurts, staying on the sofa can feel like the sensible choice. Guidelines for low back pain say the opposite: they recommend staying as active as you can. Walking is one of the simplest ways to do that. You need no gym, no class and no special kit beyond shoes that feel comfortable, and you can fit it around the rest of your day.

There is encouraging research, too. A large trial published in The Lancet in 2024 followed about 700 adults who had recently got over an episode of low back pain. People given a progressive walking programme, plus some education about their back, went far longer before their next bout of pain that limited their activity: a median of 208 days, against 112 days for those without the programme.

That trial tested walking, not footwear. The benefit came from the walks themselves. What good shoes can do is make those walks comfortable enough that you keep them up.

## Before you set off: a gentle warm-up

Spend around five minutes easing in:

- March on the spot, or walk slowly around your home.
- Roll your shoulders back and down a few times.
- Do a few slow heel raises, holding a worktop for balance.
- Start your walk at a relaxed pace and let yourself speed up over the first few minutes.

Nothing should feel sharp. You are aiming to feel warm and loose, not stretched to your limit.

## Start small: about five minutes

Your first walks can be short. Around five minutes at a comfortable pace is plenty, and if that feels like a lot, two or three minutes is a perfectly good start. It may feel almost too easy, and that is the idea: a gentle beginning shows you how your back responds without overdoing things.

Try to walk on most days, or at least three or four times a week. Several short walks spread across the week usually suit a sore back better than one long, tiring outing at the weekend.

## Building up towards 30 minutes

Once a certain length of walk feels manageable, add a little more. A simple rule of thumb:

- **Add a few minutes every few days** if your recent walks felt OK, both at the time and the next morning.
- **Hold at the same length** for a while if you felt a bit sore but it settled within a day.
- **Drop back a step** if a walk left you clearly worse the following day.

Over several weeks you can work towards about 30 minutes at a time. Later on, some people aim for 30 minutes on five days a week, which was the goal in the Lancet trial, reached over months rather than weeks. There is no prize for getting there quickly.

Some aching while you build up is common and is not usually a sign of harm. How you feel the next morning is a better guide than how you feel halfway round.

## How to hold yourself while you walk

You don't need perfect posture. A few relaxed cues are enough:

- **Stand tall**, as if a thread were gently lifting the crown of your head.
- **Keep your shoulders relaxed**, down and away from your ears.
- **Let your arms swing** naturally from the shoulders.
- **Take a comfortable stride.** Shorter steps are fine; there is no need to reach out in front.
- **Look ahead**, a few metres in front of you, rather than down at your feet.

If you notice yourself tensing up, slow down for a moment, breathe out and let your shoulders drop.

## Flare-up days: shorter, not zero

Most people with back pain have better and worse days. On a bad day, try to do a little rather than nothing at all:

- Cut the walk to a length that feels manageable, even a few minutes around the block or the house.
- Slow your pace and choose flat, familiar routes.
- Split it into two or three very short walks.
- Once things calm down, return to your usual length and build up again from there.

Keeping some movement going through a flare makes it much easier to pick up your routine afterwards.

## Making it stick

- Choose a regular time, such as after breakfast or after work.
- Walk with a friend, or take some music or a podcast along.
- Tick off each walk on a calendar so you can see how far you've come.
- Wear shoes that fit you in both length and width. Our guide to [measuring your feet](/articles/measure-your-feet-and-width-codes) shows you how to check.

## When to get advice

If walking brings on aching, heaviness or tingling in your legs, our article on [pacing your walks](/articles/pacing-walks-when-legs-ache) may help, and it is worth mentioning to a GP or physiotherapist. If you notice any of the [warning signs that need medical care](/articles/warning-signs-that-need-medical-care), stop and get help straight away.
`,
  },
  {
    slug: "measure-your-feet-and-width-codes",
    title: "How to measure your feet and understand width codes",
    summary:
      "A simple way to measure the length and width of both feet at home, plus a plain guide to the letters brands use for shoe widths.",
    tags: ["fit", "sizing", "width", "getting-started"],
    featuredRank: 2,
    body: `## Why measure at all?

Shoes that fit well in both length and width are easier to walk in for longer. Plenty of people have bought the same size for years, yet feet can change with age, weight, pregnancy and time spent standing. Sizes also vary from brand to brand, so the number on a label is only a rough starting point. Your foot length in millimetres is a far more reliable guide.

## What you need

- Two sheets of paper, each longer than your foot
- A pencil or pen
- A ruler or tape measure marked in millimetres
- A wall with a hard floor in front of it (not carpet)
- The socks you usually walk in
- A helper, if someone is around

## When and how to stand

Measure **at the end of the day**. Feet tend to swell a little after hours of standing and walking, and you want shoes that still feel good in the evening, not just first thing.

Measure **standing up**, with your weight shared evenly between both feet. A foot lengthens and spreads slightly when it carries your weight, so a seated measurement can come out too small.

## Measuring length: the paper-and-wall method

1. Lay a sheet of paper on the floor with one short edge pressed against the wall.
2. Stand on it in your socks, heel touching the wall.
3. Keep your weight even. If bending down is hard, ask your helper to do the marking.
4. Mark the tip of your longest toe, holding the pencil upright. Your longest toe is not always your big toe.
5. Step off and measure from the wall edge of the paper to your mark, in millimetres. This is your heel-to-toe length.
6. Repeat with your other foot on a fresh sheet.

## Measuring width

While you're still standing on the paper, mark each side of your foot at its widest point. That is usually across the ball of the foot, just behind the toes. Measure straight across between the two marks. Keep the pencil upright, because tilting it inwards or outwards adds or removes a few millimetres.

If the numbers look odd, measure again. A few millimetres make a real difference to fit.

## Use your larger foot

Very few people have two identical feet, and a difference of half a size or more is quite common. Always choose shoes for your **larger foot**, and use its width too. You can fine-tune the smaller side with lacing or a thin extra liner, but there is no way to make a shoe bigger.

## Width codes, explained

Shoe widths are shown as letters. In general, the further along the alphabet, or the more letters in front, the wider the fit. A shoe with no width marked is usually standard.

**Men's widths**

- **2A:** extra narrow
- **B:** narrow
- **D:** standard
- **2E:** wide
- **4E:** extra wide
- **6E:** XX wide

**Women's widths**

- **4A:** extra narrow
- **2A:** narrow
- **B:** standard
- **D:** wide
- **2E:** extra wide
- **4E:** XX wide

Notice that **the same letter means different widths in each range**. A D is the standard fit in men's shoes but a wide fit in women's. A 2E is wide for men and extra wide for women. If you shop across ranges, look up the chart for that range instead of going by the letter alone.

Wider fits are usually a little deeper as well as broader, which can help if you have a high instep or use an insole. Buying a longer size just to gain width tends to leave your heel slipping, so a true wide fit is the better route.

## Why the label size isn't enough

Each brand builds shoes on its own lasts and publishes its own size chart, and these don't line up neatly. One foot-scanning study looked at 623 women's styles labelled size 9 and found that only 62% of them actually fitted a true size 9 foot. Even one model can shift by a few millimetres from one version to the next.

That's why our store asks for your foot length and matches it to **each brand's own size chart**. You might be offered a 9 in one brand and a 9.5 in another. That is normal, and it means the charts are doing their job.

## Checking the fit when your shoes arrive

- Try them on later in the day, wearing your usual walking socks.
- Leave about a thumb's width between your longest toe and the end of the shoe.
- Your toes should be able to spread without pressing against the sides.
- Your heel should feel held, without lifting as you walk.
- Walk around indoors on a clean floor for several minutes before you decide.

If something pinches or rubs, try a different size or width rather than hoping the shoe will stretch.
`,
  },
  {
    slug: "cushioning-and-support-comfort-choices",
    title: "Cushioning and support: choosing by comfort",
    summary:
      "What cushioning, stack height, drop, stability, rocker soles, heel counters and toe boxes mean, and why the best choice comes down to how a shoe feels and fits on you.",
    tags: ["cushioning", "support", "shoe-features", "evidence"],
    featuredRank: 3,
    body: `## The honest starting point

Shoe adverts often hint that the right sole will sort out your back. The research doesn't back that up. **No shoe has been shown to change back pain, or to stop it coming back.**

- A Cochrane review found that insoles did not stop back pain from starting, and the evidence that they help once you have it is limited.
- The UK's NICE guideline on low back pain (NG59) tells clinicians not to offer foot orthotics or rocker-sole shoes for it.
- In a trial of 115 people with long-term back pain, rocker-sole shoes did no better than ordinary flat trainers after a year. People whose pain came on with standing or walking actually did better in the flat trainers.

So every feature below is about comfort and fit. What matters most is that your shoes feel good enough to make you want to keep walking, because staying active is what guidelines recommend.

## Cushioning

Cushioning describes how soft the midsole feels underfoot. Shoes range from firm, with plenty of ground feel, through balanced, to plush.

- **Firm:** responsive and stable; some people find it tiring on longer walks.
- **Balanced:** a middle ground that suits a lot of walkers.
- **Plush:** soft and sink-in; lovely for some, a little wobbly for others.

Softer is not automatically gentler. In one lab study, very soft maximal-cushion shoes actually increased impact loading compared with a more conventional shoe. So think of cushioning as a matter of taste, and pick the level you enjoy standing and walking in.

## Stack height

Stack height is the amount of material between your foot and the ground, usually given in millimetres at the heel and at the forefoot. Taller stacks often feel softer, but they also lift you further off the ground. Some people find that less steady, especially on uneven paths or if their balance isn't what it was.

## Drop

Drop, or heel-to-toe drop, is the heel stack minus the forefoot stack. Around 8 to 10 mm is typical for trainers, 0 to 4 mm counts as low, and everyday heeled shoes and boots are usually higher still.

If you pick a drop very different from what you wear now, **change gradually**. Wear the new pair for short walks at first and build up over a couple of weeks, so your calves and Achilles tendons have time to adjust. Jumping from heeled shoes to a flat, zero-drop pair overnight can leave your calves sore.

## Stability or neutral

- **Neutral** shoes let your foot move in its own way.
- **Stability** shoes add features such as firmer foam on the inner side, a wider base or raised edges, to give a steadier, more guided feel.

You may have been told you need one or the other because of your arch. Yet military trials involving more than 11,000 recruits found that choosing shoes by arch shape did not lower injury rates. If you like a steady, supported feel, try stability. If you prefer a freer feel, choose neutral. Both are fine.

## Rocker soles

A rocker sole curves up at the toe, and sometimes at the heel, so the shoe rolls you through each step. Some people love the smooth feel. Others find it less steady: in one small study, rocker shoes increased body sway while people were wearing them. And as mentioned above, they did no better than flat trainers in a back pain trial.

If you often feel unsteady, or walking tends to bring on your back pain, a mild rocker or none at all may feel more settled. Our fit quiz ranks pronounced rockers a little lower in those cases.

## Heel counters

The heel counter is the stiff cup around the back of the heel. A firm one holds your heel in place and gives a snug, steady feel. Squeeze it between finger and thumb: a firm counter won't fold flat. A softer counter can feel kinder if the back of your heel is prone to rubbing.

## Toe boxes

The toe box is the front part of the shoe. A roomy or foot-shaped toe box gives your toes space to spread, which many people with a broad forefoot or bunions find more comfortable. A roomy toe box is not the same as a proper width, though. If standard shoes feel tight across the ball of your foot, look for a true wide fit, and see our guide to [measuring your feet and width codes](/articles/measure-your-feet-and-width-codes).

## How to choose

1. **Get the size and width right first.** Fit matters more than any single feature.
2. **Pick a cushion level you enjoy**, not the one with the boldest claims.
3. **Choose stability or neutral by feel**, not by what your arch looks like.
4. **Stay close to your current drop**, or change it gradually.
5. **Walk around indoors before deciding.** If the shoes still feel good after ten minutes, that's a promising sign.
`,
  },
  {
    slug: "pacing-walks-when-legs-ache",
    title: "Pacing your walks when your legs ache or feel heavy",
    summary:
      "Practical ways to keep walking when your legs ache, feel heavy or tingle partway through a walk, using planned rests, a gradual build-up and a simple log.",
    tags: ["walking", "pacing", "leg-symptoms"],
    featuredRank: null,
    body: `## You can still keep walking

Some people find that after a certain time or distance on foot, their legs start to ache, feel heavy, tingle or go a little numb. It can be off-putting, and it's tempting to give up walking altogether. Often there's a better option: plan your walks around the symptoms, take regular breaks and build up slowly.

This article is about pacing, not about finding the cause. Leg symptoms that come on with walking are always worth mentioning to a GP or physiotherapist, and there's more on that further down.

## Get to know your pattern

Before changing anything, spend a few ordinary walks simply noticing:

- how many minutes, or roughly how far, you walk before symptoms begin;
- where you feel them: buttock, thigh, calf or foot, one leg or both;
- what they feel like: aching, heaviness, cramp, tingling or numbness;
- what helps them settle: sitting down, leaning forward or just standing still;
- how long they take to ease.

This gives you a starting point, and it is exactly the kind of detail a clinician will find useful.

## Walk, rest, repeat

Rather than pushing on until you have to stop, try walking in planned blocks:

1. **Walk for a little less than your usual comfortable time.** If symptoms usually start at around eight minutes, walk for six.
2. **Rest before the symptoms build**, for one to three minutes or until things settle.
3. **Set off again**, repeating the pattern for the length of your walk.

Planned breaks often let you cover more ground in total than one long push, and the walk feels more within your control.

## Ways to rest

Many people find that certain positions help their legs settle sooner:

- **Sitting down** on a bench, a low wall or a folding seat stick.
- **Leaning forward** with your hands on a railing, a gate or the back of a bench.
- **Leaning on a trolley.** Plenty of people notice they can walk further around a supermarket while pushing a trolley. A rollator with a built-in seat can give you the same option outdoors.

Plan routes with places to rest: parks with benches, shopping centres, or a loop that brings you back past your own front door.

## Building your time gradually

When a walk-rest pattern has felt comfortable for a week or so, make one small change:

- add a minute to each walking block, or
- add one more block to the walk, or
- shorten the rests slightly.

Change only one thing at a time. If symptoms start sooner or take longer to settle, go back to the last step that felt OK. Progress is rarely a straight line, and that's normal.

On days when walking outside is harder, a few short walks indoors still count. Some people also find an exercise bike more comfortable than walking on difficult days.

## Keep a simple log

A notebook or a note on your phone is enough. For each walk, jot down:

- the date and total time;
- the walking blocks and rests you used;
- when symptoms started and what eased them;
- how you felt later that day and the next morning.

After a few weeks you'll be able to see whether things are improving, holding steady or getting worse. A log also makes a conversation with a clinician quicker and clearer.

## When to mention it to a GP or physiotherapist

Book a routine appointment if:

- leg symptoms come on with walking and ease when you sit down or lean forward;
- the distance you can walk before stopping is getting shorter;
- symptoms are spreading, lasting longer or not settling with rest;
- you're unsure what's going on or how hard to push.

**Calf symptoms deserve a special mention.** If your calf aches or cramps while you walk and eases when you simply stop and stand still, without needing to sit or bend, it's worth getting checked, because that pattern can relate to circulation. This matters even more if you smoke or have diabetes.

Our article on [when to see a clinician](/articles/when-to-see-a-clinician) explains what to bring to the appointment.

## Get help now if...

Pacing isn't the answer for everything. If you have weakness in both legs, leg weakness that is getting worse, numbness around your genitals or bottom, or new trouble controlling your bladder or bowels, don't wait. Read our [warning signs article](/articles/warning-signs-that-need-medical-care) and get emergency help.

## A word on shoes

Shoes that fit well in length and width make longer walks more pleasant, but no shoe has been shown to change leg symptoms like these. Choose a pair that feels comfortable, and let your pacing plan shape your walks.
`,
  },
  {
    slug: "warning-signs-that-need-medical-care",
    title: "Warning signs that need medical care",
    summary:
      "The back pain symptoms that mean you should get emergency help or see a doctor the same day, and which number to call.",
    tags: ["safety", "warning-signs", "medical-care"],
    featuredRank: null,
    body: `## Read this first

Most back pain, however sore and worrying, isn't caused by anything dangerous and settles with time. A small number of symptoms, though, can point to a problem that needs a doctor quickly. This page sets them out in plain words so you can act fast.

**This store can't assess your symptoms.** Our fit quiz asks about these signs only so it can point you to care. It doesn't diagnose anything, and a pair of shoes is never the answer to any of the problems below. If you're unsure whether something applies to you, get checked.

## Call your emergency number or go to an emergency department now

Get help straight away if you have back pain together with any of these:

- **Numbness or tingling around your genitals, bottom or inner thighs**, including a change in feeling when you wipe after using the toilet.
- **New trouble with your bladder or bowels**, such as difficulty starting or stopping when you pee, not being able to tell whether your bladder is full, or leaking or losing control of pee or poo.
- **A new change in sexual function**, such as problems with erections or ejaculation, or less feeling in your genitals.
- **Weakness in both legs**, leg weakness that is getting worse, or a foot that flops or drags so your toes catch the ground.
- **Back pain that started with a serious accident or fall**, such as a car crash or a fall from a height.
- **Chest pain** at the same time as your back pain.

**Emergency numbers:**

- **United States:** 911
- **United Kingdom:** 999
- **European Union:** 112

Don't wait to see whether it settles, and don't drive yourself if your legs are weak or you feel unwell.

## Contact your doctor today or an urgent care service

Get same-day advice from your doctor or an urgent care service (in the UK, NHS 111 can help) if you have back pain together with any of these:

- **A fever or high temperature**, or you feel very unwell.
- **Weight loss you can't explain**, when you haven't been trying to lose weight.
- **A history of cancer**, and this back pain is new.
- **Pain that doesn't ease when you rest**, or that wakes you at night.
- **A lump or swelling in your back**, or your back has changed shape.
- **A higher risk of infection**: a recent infection, injecting drugs, a weakened immune system, or taking steroid tablets for a long time.

If any of these get worse while you wait, or you notice any of the emergency signs in the section above, call your emergency number.

## Take your notes with you

It's hard to remember details when you feel unwell. Jot down, or keep on your phone:

- which of these signs you have, and when each one started;
- how your back pain began, and anything that happened just before;
- the medicines you take and any health conditions you have.

If our quiz stopped and sent you here, its stop page lists the symptoms you ticked, so you can show them to whoever sees you.

## What about everything else?

If you have none of the signs on this page, but your back isn't getting better, the pain has lasted several weeks, or walking brings on symptoms in your legs, a routine appointment is the right step. Our article on [when to see a clinician](/articles/when-to-see-a-clinician) explains when to book and what to bring.

## How our quiz handles these answers

If you answer "yes" to any of these signs in our fit quiz, or "not sure" to one of the emergency signs, the quiz stops and shows you this advice instead of shoes. We don't save those answers, and we don't ask for your email. Shoes can wait; getting the right care comes first.
`,
  },
  {
    slug: "when-to-see-a-clinician",
    title: "When to see a GP or physiotherapist about your back",
    summary:
      "Non-urgent reasons to book an appointment, from pain that isn't settling to leg symptoms on walks, and what to bring so the visit is as useful as possible.",
    tags: ["care", "clinician", "physiotherapy", "back-pain"],
    featuredRank: null,
    body: `## Not an emergency, but worth a visit

Most episodes of low back pain ease over a few weeks, and guidelines recommend staying active while they do. Some situations, though, are worth talking through with a GP, physiotherapist or other clinician even when nothing feels urgent. This page covers those times.

If you have any of the [warning signs that need medical care](/articles/warning-signs-that-need-medical-care), such as numbness around your genitals or bottom, new bladder or bowel trouble, or weakness in both legs, don't wait for a routine appointment. Get emergency help now.

## Good reasons to book an appointment

### Your pain isn't improving after a few weeks

If your back hasn't started to get better after two or three weeks of keeping gently active, it's reasonable to have it looked at. A clinician can examine you, talk through ways to manage the pain, and suggest exercises that suit you.

### Your pain has lasted more than 6 weeks

Pain that is still there at around six weeks is worth a review, even if it's slowly easing, to check that your plan still makes sense.

### Your pain has lasted more than 12 weeks

Pain that has gone on for longer than about three months is often called persistent or long-term pain. Many people with long-term back pain lead full, active lives, and there's plenty of support available, from physiotherapy to structured exercise programmes. You don't have to simply put up with it.

### Your legs ache, feel heavy or tingle when you walk

Leg symptoms that come on with walking are worth mentioning, particularly if they ease when you sit or lean forward, or if the distance you can manage is shrinking. Numbness or pins and needles in one leg that hasn't gone after a week is also worth raising. If your calf aches while you walk and settles just by stopping, get it checked, as that pattern can relate to circulation. Our article on [pacing your walks](/articles/pacing-walks-when-legs-ache) has ideas for staying active in the meantime.

### You often feel unsteady on your feet

Frequent wobbles or near-falls deserve attention in their own right. A clinician can look at your balance, strength, eyesight and medicines, and may suggest balance exercises or a walking aid. Many people find a shoe with a wider base and a firm heel feels steadier than a very tall, soft or rocker-soled one, but please have the check-up as well.

### You have diabetes and numb feet

Numb feet may not warn you about a rubbing shoe or a small wound. **Ask your diabetes foot-care team about footwear** before buying new shoes, and follow their advice on checking your feet each day. They can tell you whether you need specialist footwear or insoles.

### You're pregnant

Back pain is common in pregnancy, and many people keep walking throughout. Still, mention any new or changing back pain to your midwife or GP, and ask how much activity is right for you. Your feet may swell or even change size, so measure them again before buying shoes.

## What to bring

A little preparation makes a short appointment far more useful.

- **A note of your symptoms:** where you feel them, when they started, what makes them better or worse, and how they've changed. Add anything that worries you.
- **Your walking log**, if you keep one: how long you walk, when symptoms start and what eases them. Even a week or two of notes helps.
- **Your shoes.** Bring the pair you walk in most. The fit and the wear on the soles can tell a clinician a lot, and they can say whether the shoes look too tight, too loose or worn out.
- **Any insoles or orthotics** you use.
- **A list of your medicines**, including anything you buy without a prescription.
- **Your questions**, written down, with the two or three most important at the top.

## Questions you might ask

- Is it fine for me to keep walking, and how much?
- Is there anything I should avoid for now?
- Which changes should make me come back sooner?
- Would physiotherapy or an exercise programme suit me?

## Where our quiz fits in

Our fit quiz suggests shoes based on your size, width and comfort preferences. It can't assess your back, and no shoe has been shown to change back pain. If the quiz shows a banner suggesting you see someone, take it as a friendly nudge to get proper advice alongside comfortable shoes.
`,
  },
  {
    slug: "choosing-shoes-with-orthotics",
    title: "Choosing shoes when you use orthotics or insoles",
    summary:
      "How to find walking shoes that fit comfortably around the orthotics or insoles you already use, from removable insoles and depth to heel counters, toe room, width and lacing.",
    tags: ["orthotics", "insoles", "fit"],
    featuredRank: null,
    body: `## Setting the right expectations

If a clinician has given you orthotics, or you've found insoles you like, you'll want shoes that hold them comfortably. That's what this guide is about.

It's worth being clear about the evidence first. Trials have not shown that insoles stop back pain from starting or from coming back, and the UK's NICE guideline advises clinicians not to offer foot orthotics for low back pain. Your orthotics may have been given for another reason, such as a foot problem, or you may simply find them comfortable. Either way, keep following your clinician's advice. Our aim here is just to help your shoes and orthotics work well together.

## 1. A removable insole is a must

Most walking shoes come with a factory insole, sometimes called a sock liner. For your own orthotic to fit, that insole needs to lift out. If it's glued down, your orthotic ends up sitting on top of it. Your foot rides higher in the shoe, your heel can slip and your toes get squashed against the top.

If you tell our fit quiz that you use orthotics or insoles, it only shows shoes with a removable insole. Always take the factory insole out before putting yours in. Don't stack the two.

## 2. Check the depth

Orthotics take up room, especially full-length or thicker ones. Look for:

- a shoe that isn't shallow over the top of your foot;
- a reasonably thick factory insole, because taking it out frees up more space;
- extra-depth styles if your orthotic is bulky.

If the top of your foot presses hard against the tongue or laces once your orthotic is in, the shoe is probably too shallow.

## 3. A steady heel counter

Many orthotics are shaped to cup your heel, and they sit best in a shoe with a firm, well-shaped heel counter that keeps both heel and orthotic in place. Squeeze the back of the shoe: if it folds flat easily, your orthotic may shift around. Once your foot is in, check that your heel sits down in the cup and doesn't lift as you walk.

## 4. Bring your orthotic to every try-on

When new shoes arrive, or when you try a pair in a shop:

- take out the factory insole;
- slide your orthotic in and push it right back to the heel;
- try the shoes later in the day, with your usual walking socks;
- walk around indoors for several minutes.

Check that the orthotic lies flat without curling at the edges and that it matches the shape of the shoe's footbed. If your orthotic is three-quarter length, ask your clinician whether to keep a thin liner under your toes.

## 5. Room for your toes

An orthotic raises your foot slightly, so your toes sit a little higher in the shoe too. A roomy or foot-shaped toe box gives them space. You should still have about a thumb's width between your longest toe and the end of the shoe, and be able to wiggle your toes freely.

## 6. Consider wide and extra-wide fits

If standard shoes already felt snug, adding an orthotic can tip them into tight. A true wide or extra-wide fit, for example 2E or 4E in men's shoes or D or 2E in women's, is usually deeper as well as broader, which helps. This tends to work better than going up a length size, which often leaves your heel slipping. Our guide to [measuring your feet and width codes](/articles/measure-your-feet-and-width-codes) explains the letters.

## 7. Use your laces

Lacing lets you fine-tune the fit:

- Loosen the laces fully before you put the shoe on, then tighten from the toes upwards.
- If the top of your foot feels pressure in one spot, skip the eyelet over it.
- If your heel lifts, use the spare top eyelet to make a heel-lock loop.
- Re-tie before each walk instead of sliding the shoes on and off.

If bending to tie laces is hard, elastic laces or hook-and-loop fastenings can make life easier, as long as the shoe still holds your foot firmly.

## When to go back to your clinician

If a new pair rubs or gives you blisters, or your orthotic looks worn, flattened or cracked, check in with whoever provided it. They can adjust or replace it, and they may have advice on the kinds of shoes that suit it best.
`,
  },
];
