#!/usr/bin/env python3
"""Writes entities.a.csv and relations.a.csv: facts taken from seed 002
(relations-1918-1941). Line numbers are 1-based lines of the seed file."""
import csv
import os

SRC = "relations-1918-1941"
HERE = os.path.dirname(os.path.abspath(__file__))

ENTITIES = []
RELATIONS = []


def cite(lines):
    if isinstance(lines, int):
        lines = [lines]
    return ";".join(f"{SRC}:L{n}" for n in lines)


def E(id, kind, name, aliases="", start="", end="", group="", desc="", lines=()):
    ENTITIES.append(dict(id=id, kind=kind, name=name, aliases=aliases, start=start, end=end,
                         group=group, description=desc, sources=cite(lines)))


def R(s, p, o, start="", end="", note="", lines=(), goods="", under=""):
    RELATIONS.append(dict(subject=s, predicate=p, object=o, start=start, end=end, weight="",
                          note=note, sources=cite(lines), goods=goods, under=under))


# ---------------------------------------------------------------- states and blocs
E("german-empire", "organization", "German Empire", "Imperial Germany", "", "1918", "germany",
  "The German monarchy that fought the First World War and gained Russian land at Brest-Litovsk.", [11, 92, 505])
E("weimar-germany", "organization", "Weimar Germany", "Weimar Republic;German Reich (Weimar)", "1918", "1933", "germany",
  "The German republic between the 1918 revolution and the Nazi takeover.", [21, 70, 123, 231])
E("nazi-germany", "organization", "Nazi Germany", "Third Reich;Fascist Germany;Greater German Reich;German Reich (Nazi)", "1933", "1945", "germany",
  "The German state under Hitler's dictatorship.", [47, 322, 480])
E("russian-sfsr", "organization", "Russian SFSR", "Soviet Russia;RSFSR;Russian Soviet Federative Socialist Republic", "", "", "soviet-union",
  "The Bolshevik Russian state that made peace with Germany in 1918 and later formed the core of the USSR.", [11, 72, 133, 151])
E("soviet-union", "organization", "Soviet Union", "USSR;U.S.S.R.;Union of Soviet Socialist Republics", "", "", "soviet-union",
  "The communist federal state ruled from Moscow, partner and later enemy of Germany.", [52, 128, 158])
E("poland", "organization", "Poland", "Second Polish Republic;Republic of Poland;Polish state", "1918-11-06", "1939", "poland",
  "The restored Polish republic of the interwar years, partitioned by Germany and the USSR in 1939.", [43, 86, 129, 137])
E("france", "organization", "France", "French Third Republic;Third Republic;French", "1870-09-04", "1940-07-10", "other",
  "The French republic of 1870-1940, Poland's ally and Germany's main continental rival.", [41, 131, 353])
E("vichy-france", "organization", "Vichy France", "", "", "", "other",
  "The French regime after the 1940 armistice, whose concessions Romania copied.", [480])
E("united-kingdom", "organization", "United Kingdom", "Britain;UK;British", "", "", "other",
  "Great Britain, courted by Moscow in 1939 and at war with Germany from September 1939.", [98, 377, 415, 423])
E("austria-hungary", "organization", "Austria-Hungary", "", "", "", "other",
  "Habsburg monarchy, one of the Central Powers at Brest-Litovsk.", [11])
E("central-powers", "organization", "Central Powers", "", "", "", "germany",
  "The First World War coalition led by Germany that imposed peace on Soviet Russia.", [11])
E("allied-powers", "organization", "Allied Powers", "Allies;Entente", "", "", "other",
  "The victorious First World War coalition that signed the armistice of 1918 and the Versailles settlement.", [23, 96])
E("japan", "organization", "Japan", "Imperial Japan;Japanese", "", "", "other",
  "The Japanese empire: sent troops into Russia's civil war, later joined the Anti-Comintern and Tripartite pacts.", [100, 359, 390, 490, 500])
E("italy", "organization", "Italy", "Fascist Italy", "", "", "other",
  "Mussolini's Italy, Axis partner of Germany.", [359, 366, 490])
E("finland", "organization", "Finland", "Republic of Finland", "", "", "other",
  "Nordic state that broke from Russia in 1917-18 and fought the Winter War against the USSR.", [78, 406, 460])
E("estonia", "organization", "Estonia", "Republic of Estonia", "", "", "other",
  "Baltic state placed in the Soviet sphere in 1939 and absorbed by the USSR in 1940.", [80, 408, 468, 473])
E("latvia", "organization", "Latvia", "Republic of Latvia", "", "", "other",
  "Baltic state placed in the Soviet sphere in 1939 and absorbed by the USSR in 1940.", [82, 410, 470, 473])
E("lithuania", "organization", "Lithuania", "Republic of Lithuania", "", "", "other",
  "Baltic state first left to Germany, then traded to the Soviet sphere in 1939 and annexed in 1940.", [84, 412, 448, 472])
E("belgium", "organization", "Belgium", "", "", "", "other",
  "Western neighbour guaranteed at Locarno and overrun by Germany in 1940.", [241, 505])
E("czechoslovakia", "organization", "Czechoslovakia", "", "", "", "other",
  "Central European republic sacrificed at Munich and occupied by Germany in 1939.", [352, 371, 539])
E("romania", "organization", "Romania", "", "", "", "other",
  "Balkan kingdom forced in 1940 to yield Bessarabia and Northern Bukovina to the USSR.", [400, 480])
E("united-states", "organization", "United States", "US;U.S.", "", "", "other",
  "America, which recognised the USSR in 1933 and published captured German files after the war.", [320, 352, 475])
E("australia", "organization", "Australia", "", "", "", "other", "Dominion that declared war on Germany on 3 September 1939.", [423])
E("new-zealand", "organization", "New Zealand", "", "", "", "other", "Dominion that declared war on Germany on 3 September 1939.", [423])
E("denmark", "organization", "Denmark", "", "", "", "other", "Scandinavian kingdom invaded by Germany in April 1940.", [505])
E("norway", "organization", "Norway", "", "", "", "other", "Scandinavian kingdom invaded by Germany in April 1940.", [505])
E("netherlands", "organization", "Netherlands", "", "", "", "other", "Low Country that capitulated to Germany in May 1940.", [505, 539])
E("spain", "organization", "Spain", "", "", "", "other", "Spanish state that recognised the USSR in 1933-34 and fell into civil war in 1936.", [352, 366])
E("hungary", "organization", "Hungary", "", "", "", "other", "Recognised the USSR diplomatically in 1933-34.", [352])
E("bulgaria", "organization", "Bulgaria", "", "", "", "other", "Recognised the USSR diplomatically in 1933-34.", [352])
E("switzerland", "organization", "Switzerland", "", "", "", "other", "Neutral country where Smetona went after Germany.", [475])
E("finnish-democratic-republic", "organization", "Finnish Democratic Republic", "Terijoki government", "1939-12-01", "", "soviet-union",
  "Puppet Finnish government set up by Moscow at Terijoki during the Winter War.", [460])
E("axis-powers", "organization", "Axis", "Axis powers", "", "", "germany",
  "Alliance of Germany, Italy and Japan that the USSR discussed joining in 1940.", [490, 500])
E("volga-german-assr", "organization", "Volga German ASSR", "Volga German Autonomous Soviet Socialist Republic", "", "", "soviet-union",
  "Autonomous republic of the Soviet Union's ethnic Germans on the Volga.", [310, 513, 519])

# ---------------------------------------------------------------- German bodies
E("german-foreign-office", "organization", "German Foreign Office", "German Foreign Ministry;Auswärtiges Amt;Foreign Office", "", "", "germany",
  "Germany's foreign ministry, long kept outside the secret military deals with Moscow.", [134, 157, 334, 540])
E("reichswehr", "organization", "Reichswehr", "", "", "", "germany",
  "German armed forces of the Weimar years and early Nazi period, capped at 100,000 men by Versailles.", [127, 132])
E("reichswehr-ministry", "organization", "Reichswehr Ministry", "", "", "", "germany",
  "The Weimar defence ministry, home of the Soviet desk Sondergruppe R.", [138])
E("sondergruppe-r", "organization", "Sondergruppe R", "Special Group R", "1921", "", "germany",
  "Secret section of the Reichswehr Ministry handling Soviet affairs from about 1921.", [138])
E("imperial-german-army", "organization", "Imperial German Army", "", "", "", "germany",
  "The army of the German Empire, disbanded after 1918 to make way for the Reichswehr.", [127])
E("imperial-german-navy", "organization", "Imperial German Navy", "", "", "1918", "germany",
  "The German Empire's navy, later replaced by the Kriegsmarine.", [193])
E("wehrmacht", "organization", "Wehrmacht", "", "", "", "germany",
  "Armed forces of Nazi Germany.", [179, 439, 475, 505])
E("luftwaffe", "organization", "Luftwaffe", "", "", "", "germany",
  "The Wehrmacht's air arm, whose first pilots learned to fly at Lipetsk.", [178, 179])
E("kriegsmarine", "organization", "Kriegsmarine", "", "1935", "1945", "germany",
  "German navy of 1935-1945 that used a Soviet-provided base near Murmansk.", [193])
E("gestapo", "organization", "Gestapo", "", "", "", "germany",
  "Nazi secret police that worked with the NKVD in occupied Poland.", [439, 443, 505])
E("freikorps", "organization", "Freikorps", "Free Corps", "", "", "germany",
  "Right-wing irregular German volunteer units that crushed the 1918-19 revolution.", [106])
E("junkers", "organization", "Junkers", "Junkers Flugzeug- und Motorenwerke AG;JFM;Junkers Aircraft and Motor Works;Junker", "", "", "germany",
  "German aircraft and engine maker from Dessau that built planes at Fili near Moscow.", [161, 166])
E("krupp", "organization", "Krupp", "Friedrich Krupp AG", "", "", "germany",
  "Essen armaments and steel dynasty active in southern Russia and the North Caucasus.", [171, 276])
E("union-of-industrialists", "organization", "Union of Industrialists", "German armaments makers", "", "", "germany",
  "Grouping of German industrialists that agreed in 1928 to build up Soviet arms production.", [270, 276, 278])
E("kpd", "organization", "Communist Party of Germany", "KPD;Kommunistische Partei Deutschlands;German Communist party", "", "", "germany",
  "Germany's communist party, bound ever tighter to Moscow in the late 1920s and crushed by Hitler.", [267, 268, 270, 332])
E("spd", "organization", "Social Democratic Party of Germany", "SPD;Sozialdemokratische Partei Deutschlands;Social Democrats", "", "", "germany",
  "Germany's centre-left party, branded social fascist by the Comintern.", [270, 276, 301])
E("dnvp", "organization", "German National People's Party", "DNVP;Deutschnationale Volkspartei", "", "", "germany",
  "National-conservative Weimar party with which the KPD voted from 1929.", [279])
E("nsdap", "organization", "Nazi Party", "NSDAP;National Socialist German Workers' Party;Nazis", "", "", "germany",
  "Hitler's party, which took power in 1933.", [280, 333, 338])
E("dap", "organization", "German Workers' Party", "DAP;Deutsche Arbeiterpartei", "", "", "germany",
  "Small Munich party that Hitler joined in 1919, forerunner of the NSDAP.", [55])
E("reichstag", "organization", "Reichstag", "", "", "", "germany",
  "German parliament that ratified the 1931 Berlin Treaty extension only in 1933.", [280, 289])
E("rote-hilfe", "organization", "Rote Hilfe", "Red Aid", "1924", "1936", "germany",
  "KPD-linked aid society for jailed communists; members stood trial in Leipzig in 1925.", [244])
E("international-red-aid", "organization", "International Red Aid", "", "", "", "soviet-union",
  "The international communist aid network to which Rote Hilfe belonged.", [244])
E("brothers-in-need", "organization", "Brothers in Need", "", "1929", "", "germany",
  "German charity formed in 1929 to collect money for Soviet Germans.", [514])

# ---------------------------------------------------------------- Soviet bodies
E("bolsheviks", "organization", "Bolsheviks", "Bolshevik", "", "", "soviet-union",
  "Lenin's revolutionary party that took power in Russia in 1917.", [74, 107])
E("all-union-communist-party", "organization", "All-Union Communist Party (b)", "Communist Party of the Soviet Union;CPSU;VKP(b)", "", "", "soviet-union",
  "The ruling Soviet communist party.", [284, 519, 539])
E("central-committee", "organization", "Central Committee of the All-Union Communist Party (b)", "Central Committee", "", "", "soviet-union",
  "Standing leadership body of the Soviet party.", [281, 519])
E("narkomindel", "organization", "People's Commissariat for Foreign Affairs", "Narkomindel;Foreign Affairs Commissariat;Ministry of External Relations;People's Commissar for Foreign Affairs", "", "", "soviet-union",
  "The Soviet foreign ministry, headed in turn by Chicherin, Litvinov and Molotov.", [110, 349, 361, 385])
E("peoples-commissariat-for-defence", "organization", "People's Commissariat for Defence", "People's Commissar for Defense;People's Commissar of Defence", "", "", "soviet-union",
  "The Soviet defence ministry, taken over by Timoshenko in 1940.", [462, 475])
E("red-army", "organization", "Red Army", "Workers' and Peasants' Red Army", "", "", "soviet-union",
  "Land and air forces of Soviet Russia and then the USSR.", [135, 159, 438])
E("soviet-air-force", "organization", "Soviet Air Force", "", "", "", "soviet-union",
  "Air arm that flew the TB-3 and shot down the Kaleva in 1940.", [169, 475])
E("nkvd", "organization", "NKVD", "", "", "", "soviet-union",
  "Soviet secret police and security troops.", [439, 443, 475, 519, 539])
E("comintern", "organization", "Comintern", "Communist International;Third International;Comnitern", "1919", "", "soviet-union",
  "Moscow-run international of communist parties founded in 1919.", [242, 360, 427])
E("ecci", "organization", "Executive Committee of the Communist International", "ECCI", "", "", "soviet-union",
  "Governing body of the Comintern between its congresses.", [257])
E("supreme-soviet", "organization", "Supreme Soviet of the Soviet Union", "Supreme Soviet", "", "", "soviet-union",
  "Soviet legislature that ratified the 1939 pact and annexed eastern Poland.", [415, 439])
E("left-socialist-revolutionaries", "organization", "Left Socialist-Revolutionaries", "Left SRs;Party of Left Socialist-Revolutionaries", "", "", "soviet-union",
  "Russian revolutionary socialist party whose members killed ambassador Mirbach in 1918.", [15])
E("pravda", "organization", "Pravda", "", "", "", "soviet-union", "Soviet party newspaper that announced the pact on 24 August 1939.", [415])
E("izvestia", "organization", "Izvestia", "", "", "", "soviet-union", "Soviet government newspaper that announced the pact on 24 August 1939.", [415])

# ---------------------------------------------------------------- other organizations
E("league-of-nations", "organization", "League of Nations", "Société des Nations", "1920-01-10", "", "other",
  "Interwar body for keeping peace; Germany joined in 1926, the USSR in 1934.", [143, 227, 351, 461])
E("us-department-of-state", "organization", "US Department of State", "Department of State;State Department", "", "", "other",
  "American foreign ministry that published the captured German files.", [321, 415])
E("conservative-party-uk", "organization", "Conservative Party (UK)", "Conservatives", "", "", "other",
  "Ruling British party of the 1930s that distrusted Moscow as much as Berlin.", [361])
E("spanish-nationalists", "organization", "Spanish Nationalists", "Nationalists;Nationalist forces", "", "", "other",
  "Franco's side in the Spanish Civil War.", [366])
E("spanish-republic", "organization", "Spanish Republic", "Republicans;Loyalists;Republican government", "", "", "other",
  "The Spanish Republican government, backed by Soviet arms and advisers.", [366])
E("international-brigades", "organization", "International Brigades", "", "", "", "other",
  "Foreign volunteer units that fought for the Spanish Republic.", [366])
E("polish-intelligence", "organization", "Polish intelligence", "", "", "", "poland",
  "Polish secret service, well informed on German-Soviet cooperation.", [430])
E("polish-resistance", "organization", "Polish resistance movement", "Polish resistance", "", "", "poland",
  "Underground fight against the occupiers of Poland.", [439])
E("baltic-entente", "agreement", "Baltic Entente", "", "1934", "", "other",
  "1934 alignment of the three Baltic republics that Moscow later used as a pretext.", [475])

# ---------------------------------------------------------------- people (German side)
E("wilhelm-von-mirbach", "person", "Wilhelm von Mirbach", "Wilhelm Mirbach;Wilhelm Maria Theodor Ernst Richard Graf von Mirbach-Harff;Mirbach", "1871-07-02", "1918-07-06", "germany",
  "German envoy in Moscow killed in office in July 1918.", [13, 556])
E("karl-helfferich", "person", "Karl Helfferich", "Helfferich", "", "", "germany", "German ambassador in Moscow after Mirbach.", [556])
E("ulrich-von-brockdorff-rantzau", "person", "Ulrich von Brockdorff-Rantzau", "Ulrich Graf von Brockdorff-Rantzau;Brockdorff-Rantzau;Ulrich Karl Christian Graf von Brockdorff-Rantzau", "1869-05-29", "1928-09-08", "germany",
  "First Weimar foreign minister, then ambassador in Moscow 1922-1928.", [229, 557])
E("herbert-von-dirksen", "person", "Herbert von Dirksen", "Dirksen", "", "", "germany", "German ambassador in Moscow 1928-1933.", [343, 558])
E("rudolf-nadolny", "person", "Rudolf Nadolny", "Nadolny", "", "", "germany", "German ambassador in Moscow 1933-1934.", [558])
E("friedrich-werner-von-der-schulenburg", "person", "Friedrich Werner von der Schulenburg", "von der Schulenburg;Schulenburg", "", "", "germany",
  "German ambassador in Moscow 1934-1941.", [427, 430, 558])
E("hans-von-seeckt", "person", "Hans von Seeckt", "Johannes Friedrich Leopold von Seeckt;von Seeckt;Seeckt", "1866-04-22", "1936-12-27", "germany",
  "Head of the Reichswehr and early architect of secret military ties with Moscow.", [125, 132, 201])
E("august-von-mackensen", "person", "August von Mackensen", "Mackensen", "", "", "germany", "German field commander of 1914-1918; Seeckt was his chief of staff.", [125])
E("walther-rathenau", "person", "Walther Rathenau", "Rathenau", "1867-09-29", "1922-06-24", "germany",
  "Industrialist and liberal who, as foreign minister, signed the Rapallo treaty.", [153])
E("gustav-stresemann", "person", "Gustav Stresemann", "Stresemann", "1878-05-10", "1929-10-03", "germany",
  "Weimar chancellor in 1923 and foreign minister until 1929; signed the 1926 Berlin Treaty.", [248])
E("franz-von-papen", "person", "Franz von Papen", "Papen", "1879-10-29", "1969-05-02", "germany",
  "Conservative German chancellor in 1932, rumoured to have offered France an alliance.", [292])
E("konstantin-von-neurath", "person", "Konstantin von Neurath", "Neurath", "1873-02-02", "1956-08-14", "germany",
  "German foreign minister 1932-1938 who resisted a break with Moscow.", [336])
E("adolf-hitler", "person", "Adolf Hitler", "Hitler", "1889-04-20", "1945-04-30", "germany",
  "Austrian-born Nazi leader and German dictator from 1933.", [45, 330])
E("joachim-von-ribbentrop", "person", "Joachim von Ribbentrop", "Joachim Ribbentrop;Ribbentrop", "", "", "germany",
  "Nazi foreign minister who signed the 1939 pacts in Moscow.", [393, 400, 448, 490])
E("ernst-von-weizsacker", "person", "Ernst von Weizsäcker", "Weizsäcker;Weiszäcker;Weizsacker", "", "", "germany",
  "State secretary in Germany's Foreign Office; received Merekalov in April 1939.", [539, 541])
E("paul-von-hindenburg", "person", "Paul von Hindenburg", "Hindenburg", "", "", "germany",
  "Weimar president who gave his own money to help Soviet Germans in 1929.", [514])
E("ernst-thalmann", "person", "Ernst Thälmann", "Thälmann;Ernst Johannes Fritz Thälmann", "1886-04-16", "1944-08-18", "germany",
  "KPD leader 1925-1933 who followed Stalin's line.", [269])
E("hermann-rauschning", "person", "Hermann Rauschning", "Rauschning", "", "", "germany",
  "Author of a disputed 1940 book of conversations with Hitler.", [354])
E("margarete-buber-neumann", "person", "Margarete Buber-Neumann", "", "", "", "germany",
  "Prisoner handed between the NKVD and the Gestapo.", [443])
E("alexander-weissberg-cybulski", "person", "Alexander Weissberg-Cybulski", "", "", "", "other",
  "Prisoner handed between the NKVD and the Gestapo.", [443])
E("betty-olberg", "person", "Betty Olberg", "", "", "", "other", "Prisoner handed between the NKVD and the Gestapo.", [443])
E("max-zucker", "person", "Max Zucker", "", "", "", "other", "Prisoner handed between the NKVD and the Gestapo.", [443])

# ---------------------------------------------------------------- people (Soviet side)
E("vladimir-lenin", "person", "Vladimir Lenin", "Lenin;Vladimir Ilyich Ulyanov", "1870", "1924-01-21", "soviet-union",
  "Bolshevik leader and first head of the Soviet government.", [76, 87, 237])
E("leon-trotsky", "person", "Leon Trotsky", "Trotsky;Lev Davidovich Bronstein;Trotski;Trotzky", "", "1940-08-21", "soviet-union",
  "Bolshevik leader who, with Lenin, had to accept the Brest-Litovsk peace.", [88])
E("joseph-stalin", "person", "Joseph Stalin", "Stalin;Ioseb Jughashvili;Joseph Vissarionovich Stalin", "", "1953-03-05", "soviet-union",
  "Georgian-born revolutionary who ruled the USSR between 1924 and 1953.", [53, 440, 506])
E("vyacheslav-molotov", "person", "Vyacheslav Molotov", "Molotov", "", "", "soviet-union",
  "Stalin's foreign affairs chief from May 1939 who signed the pacts with Ribbentrop.", [343, 385, 402, 448])
E("maxim-litvinov", "person", "Maxim Litvinov", "Litvinov", "", "", "soviet-union",
  "Soviet foreign affairs commissar 1930-1939 and champion of collective security.", [348, 371, 385])
E("georgy-chicherin", "person", "Georgy Chicherin", "Chicherin;Tchitcherin;Georgy Vasilyevich Chicherin", "1872-11-24", "1936-07-07", "soviet-union",
  "First Soviet foreign affairs commissar; signed the Rapallo treaty.", [111, 155])
E("nikolay-krestinsky", "person", "Nikolay Krestinsky", "Krestinsky;Nikolay Nikolayevich Krestinsky", "1883-10-13", "1938-03-15", "soviet-union",
  "Bolshevik and Soviet envoy in Berlin 1921-1930; signed the 1926 Berlin Treaty.", [113, 250, 550])
E("karl-radek", "person", "Karl Radek", "Radek;Karl Berngardovich Radek", "1885-10-31", "1939-05-19", "soviet-union",
  "Marxist active in Polish and German socialism who backed communist agitation in Germany and dealt with Berlin.", [19, 115])
E("leonid-krasin", "person", "Leonid Krasin", "Krasin;Leonid Borisovich Krasin", "1870-07-15", "1926-11-24", "soviet-union",
  "Bolshevik engineer and diplomat among Moscow's negotiators with Germany.", [117])
E("christian-rakovsky", "person", "Christian Rakovsky", "Rakovsky;Christian Georgievich Rakovsky", "", "1941-09-11", "soviet-union",
  "Bulgarian-born Bolshevik, one of the Soviet negotiators with Germany.", [119])
E("victor-kopp", "person", "Victor Kopp", "Kopp", "", "", "soviet-union",
  "Soviet Russia's special representative in Berlin who pressed for joint action against Poland.", [120, 132, 224, 226])
E("adolph-joffe", "person", "Adolph Joffe", "Adolf Ioffe;Adol'f Ioffe;Yoffe;Joffe;Adolph Abramovich Joffe", "1883-10-10", "1927-11-16", "soviet-union",
  "Revolutionary who headed the first Soviet embassy in Berlin until its expulsion in November 1918.", [17, 121, 549])
E("nikolay-bukharin", "person", "Nikolay Bukharin", "Bukharin;Nikolai Bukharin", "", "1938-03-15", "soviet-union",
  "Bolshevik theorist and Comintern head whose line Stalin defeated in 1928.", [259])
E("andrei-tupolev", "person", "Andrei Tupolev", "Tupolev", "", "1972-12-23", "soviet-union",
  "Soviet aircraft designer who learned metal-aircraft methods at Fili.", [163])
E("pavel-sukhoi", "person", "Pavel Sukhoi", "Sukhoi", "1895-07-02", "1975-09-15", "soviet-union",
  "Soviet aircraft designer trained at the Junkers works at Fili.", [165])
E("kliment-voroshilov", "person", "Kliment Voroshilov", "Voroshilov", "", "", "soviet-union",
  "Soviet commander at the start of the Winter War, replaced in January 1940.", [460, 462])
E("semyon-timoshenko", "person", "Semyon Timoshenko", "Timoshenko", "", "", "soviet-union",
  "Took over the Finnish front in 1940, then the Defence Commissariat.", [462, 475])
E("vladimir-potemkin", "person", "Vladimir Potemkin", "Vladimir Potyomkin;Potemkin;Potyomkin", "", "", "soviet-union",
  "Litvinov's deputy; negotiated with Finland in 1939.", [460, 539])
E("vladimir-dekanozov", "person", "Vladimir Dekanozov", "Dekanozov", "", "", "soviet-union",
  "Soviet envoy to Kaunas in 1940 and ambassador in Berlin 1940-1941.", [475, 551])
E("nikita-khrushchev", "person", "Nikita Khrushchev", "Khrushchev", "", "", "soviet-union",
  "Later Soviet premier who put Winter War losses near a million.", [462])
E("david-kandelaki", "person", "David Kandelaki", "Kandelaki", "", "", "soviet-union",
  "Soviet trade envoy in Berlin who sounded out political talks in 1935-1936.", [539])
E("walter-krivitsky", "person", "Walter Krivitsky", "Krivitsky", "", "", "soviet-union",
  "NKVD agent who fled to the West in 1937 and later wrote that Stalin had been courting Germany.", [539])
E("aleksey-merekalov", "person", "Aleksey Merekalov", "Alexey Merekalov;Merekalov", "", "", "soviet-union",
  "Soviet ambassador in Berlin 1938-1939 who met Weizsäcker in April 1939.", [539, 551])
E("lev-khinchuk", "person", "Lev Khinchuk", "Khinchuk", "", "", "soviet-union", "Soviet ambassador in Berlin 1930-1934.", [551])
E("yakov-surits", "person", "Yakov Surits", "Surits", "", "", "soviet-union", "Soviet ambassador in Berlin 1934-1937.", [551])
E("konstantin-yurenev", "person", "Konstantin Yurenev", "Yurenev", "", "", "soviet-union", "Soviet ambassador in Berlin in 1937.", [551])
E("georgy-astakhov", "person", "Georgy Astakhov", "Astakhov", "", "", "soviet-union", "Soviet envoy in Berlin in 1939.", [551])
E("alexey-shkvartsev", "person", "Alexey Shkvartsev", "Shkvartsev", "", "", "soviet-union", "Soviet ambassador in Berlin 1939-1940.", [551])

# ---------------------------------------------------------------- people (others)
E("edouard-herriot", "person", "Édouard Herriot", "Herriot;Edouard Herriot", "1872-07-05", "1957-03-26", "other",
  "French Radical premier in 1932, said to have been offered an alliance by Papen.", [294])
E("francisco-franco", "person", "Francisco Franco", "Franco", "", "", "other",
  "General at the head of the Spanish Nationalists.", [366])
E("william-seeds", "person", "William Seeds", "Seeds", "", "", "other", "British ambassador in Moscow during the 1939 alliance talks.", [371])
E("william-strang", "person", "William Strang", "Strang;William Strang, 1st Baron Strang", "", "", "other", "British official sent to help Seeds in the 1939 talks.", [371])
E("paul-emile-naggiar", "person", "Paul-Emile Naggiar", "Naggiar", "", "", "other", "French ambassador in Moscow during the 1939 alliance talks.", [371])
E("robert-coulondre", "person", "Robert Coulondre", "Coulondre", "", "", "other", "French ambassador to whom Potemkin hinted at a new partition of Poland.", [539])
E("antanas-smetona", "person", "Antanas Smetona", "Smetona", "", "", "other",
  "Lithuanian president who wanted to resist in June 1940 and fled abroad.", [475])
E("wolfgang-hanel", "person", "Wolfgang Hänel", "Hänel;Hanel", "", "", "other", "Historian who judged Rauschning's book a fabrication.", [354])
E("ian-kershaw", "person", "Ian Kershaw", "Kershaw", "", "", "other", "Historian who avoids Rauschning's book as a source.", [354])
E("hugh-trevor-roper", "person", "Hugh Trevor-Roper", "Trevor-Roper", "", "", "other", "Historian who avoids Rauschning's book as a source.", [354])
E("richard-steigmann-gall", "person", "Richard Steigmann-Gall", "Steigmann-Gall", "", "", "other", "Historian who avoids Rauschning's book as a source.", [354])
E("andreas-hillgruber", "person", "Andreas Hillgruber", "Hillgruber", "", "", "other", "Historian who judged Soviet supplies vital to Germany's western campaigns.", [505])
E("alan-s-milward", "person", "Alan S. Milward", "Milward", "", "", "other", "British historian who studied Germany's wartime economy.", [505])
E("w-medicott", "person", "W. Medicott", "Medicott", "", "", "other", "British historian who studied Germany's wartime economy.", [505])
E("rapoport", "person", "Rapoport", "Mr. Rapoport", "", "", "other", "Writer quoted on Stalin's handover of German communists to the Gestapo.", [505])
E("derek-watson", "person", "Derek Watson", "Watson", "", "", "other", "Historian of Molotov's 1939 diplomacy.", [541])
E("jonathan-haslam", "person", "Jonathan Haslam", "Haslam", "", "", "other", "Historian of Soviet-German relations.", [541])
E("geoffrey-roberts", "person", "Geoffrey Roberts", "Roberts", "", "", "other",
  "Historian who dates the Soviet turn to Germany to July-August 1939.", [541])

# ---------------------------------------------------------------- agreements
E("treaty-of-brest-litovsk", "agreement", "Treaty of Brest-Litovsk", "Treaty of Brest;Brest-Litovsk treaty", "1918-03-03", "", "other",
  "Separate peace dictated by the Central Powers to Soviet Russia, taking its western lands.", [11, 12, 90])
E("armistice-of-1918", "agreement", "Armistice of 11 November 1918", "armistice of 1918;armistice", "1918-11-11", "", "other",
  "Cease-fire between Germany and the Allies that ended fighting on the Western Front.", [93, 94])
E("treaty-of-versailles", "agreement", "Treaty of Versailles", "Versailles;Versailler Vertrag;Traité de Versailles", "", "", "other",
  "Peace imposed on Germany after 1918 that banned most modern arms and cut the army to 100,000.", [23, 132, 142])
E("treaty-of-rapallo", "agreement", "Treaty of Rapallo", "Rapallo treaty;Treaty of Rapallo (1922);Rapallo", "1922-04-16", "", "other",
  "1922 German-Soviet treaty that dropped mutual claims and restored diplomatic and trade ties.", [150, 156, 158])
E("german-soviet-commercial-agreement-1925", "agreement", "German-Soviet commercial agreement of 1925", "commercial agreement of 1925;commercial agreement between the two nations", "1925-10-12", "", "other",
  "Trade treaty concluded in October 1925 amid German fears of a Franco-Soviet rapprochement.", [219])
E("locarno-treaties", "agreement", "Locarno Treaties", "Locarno Agreements", "1925-12-01", "", "other",
  "Western security pacts of 1925 by which Germany guaranteed its borders with France and Belgium.", [240, 251])
E("treaty-of-berlin-1926", "agreement", "Treaty of Berlin (1926)", "Berlin Treaty;German-Soviet Neutrality and Nonaggression Pact;Treaty of Berlin", "1926-04-24", "", "other",
  "Five-year German-Soviet neutrality treaty confirming Rapallo.", [245, 246, 247, 403])
E("berlin-treaty-extension-1931", "agreement", "Extension of the Berlin Treaty (1931)", "1931 extension of the Treaty of Berlin;extension of the 1926 Berlin Treaty", "1931-06-24", "", "other",
  "Protocol prolonging the 1926 Berlin Treaty, ratified by Germany only in May 1933.", [289, 343])
E("union-of-industrialists-agreement-1928", "agreement", "Stalin's agreement with the Union of Industrialists", "Union of Industrialists agreement", "1928-12", "", "other",
  "1928 deal for German industry to equip the USSR with a modern arms industry for hard currency or goods.", [270])
E("soviet-polish-non-aggression-pact", "agreement", "Soviet-Polish Non-Aggression Pact", "", "1932-07-25", "", "other",
  "1932 non-aggression treaty between Moscow and Warsaw.", [295])
E("soviet-french-non-aggression-pact", "agreement", "Soviet-French non-aggression pact", "", "1932-11-29", "", "other",
  "1932 non-aggression treaty between Moscow and Paris.", [295])
E("soviet-finnish-non-aggression-pact", "agreement", "Soviet-Finnish Non-Aggression Pact", "1932 Soviet-Finnish Non-Aggression Pact", "1932", "1939-11-28", "other",
  "1932 treaty that Moscow renounced on the eve of the Winter War.", [460])
E("german-polish-non-aggression-pact", "agreement", "German-Polish Non-Aggression Pact", "", "1934-01-26", "", "other",
  "1934 pact between Hitler's Germany and Poland that ended the Soviet-German understanding.", [343])
E("franco-soviet-treaty-of-mutual-assistance", "agreement", "Franco-Soviet Treaty of Mutual Assistance", "", "1935-05-02", "", "other",
  "Five-year mutual-assistance treaty between France and the USSR.", [359])
E("german-soviet-credit-agreement-1935", "agreement", "German-Soviet credit agreement of 1935", "credit agreement of 1935", "1935", "", "other",
  "1935 credit deal between Germany and the USSR.", [361])
E("anti-comintern-pact", "agreement", "Anti-Comintern Pact", "", "1936-11-25", "", "other",
  "German-Japanese pact against the Comintern, joined by Italy in 1937.", [359, 361])
E("munich-agreement", "agreement", "Munich Agreement", "Munich", "1938-09-29", "", "other",
  "1938 settlement by which Britain and France let Germany take the Sudetenland.", [371, 539])
E("german-baltic-non-aggression-pacts-1939", "agreement", "German non-aggression pacts with Latvia and Estonia", "non-aggression pact between Germany, Latvia and Estonia", "1939-06-07", "", "other",
  "June 1939 non-aggression treaties of Germany with Latvia and Estonia.", [390])
E("german-soviet-commercial-agreement-1939", "agreement", "German-Soviet Commercial Agreement (1939)", "German–Soviet Commercial Agreement (1939);German-Soviet Credit Agreement (1939);commercial agreement of August 1939", "1939-08-19", "", "other",
  "August 1939 trade and credit deal: Soviet raw materials for German industrial goods on seven-year credit.", [400, 453])
E("molotov-ribbentrop-pact", "agreement", "Molotov-Ribbentrop Pact", "Molotov–Ribbentrop Pact;Treaty of Non-Aggression between Germany and the Union of Soviet Socialist Republics;Nazi-Soviet Non-Aggression Pact;German-Soviet Non-Aggression Pact;Ribbentrop-Molotov pact;non-aggression pact", "1939-08-23", "1941-06-22", "other",
  "Ten-year German-Soviet non-aggression treaty of August 1939, broken by the German attack of June 1941.", [49, 401, 414, 527])
E("secret-protocol-1939", "agreement", "Secret Additional Protocol (1939)", "secret additional protocol;secret protocol;Secret Protocol", "1939-08-23", "", "other",
  "Hidden annex to the 1939 pact that carved Eastern Europe into spheres for Berlin and Moscow.", [404, 413, 415, 532])
E("anglo-polish-agreement-1939", "agreement", "Anglo-Polish mutual-assistance treaty (1939)", "mutual-assistance treaty with Poland", "1939-08-25", "", "other",
  "British guarantee treaty with Poland signed on 25 August 1939.", [415])
E("german-soviet-frontier-treaty", "agreement", "German-Soviet Frontier Treaty", "German–Soviet Frontier Treaty;German-Soviet Boundary and Friendship Treaty;Boundary and Friendship Treaty", "1939-09-28", "", "other",
  "September 1939 treaty fixing the line between German and Soviet zones in conquered Poland.", [439, 448, 495])
E("frontier-treaty-secret-protocol", "agreement", "Secret supplementary protocol to the Frontier Treaty", "secret supplementary protocol;Secret Additional Protocols", "1939-09-28", "", "other",
  "Hidden annex moving Lithuania into the Soviet sphere in exchange for Polish land.", [448, 495])
E("soviet-estonian-mutual-assistance-treaty", "agreement", "Soviet-Estonian mutual assistance treaty", "", "1939-09-28", "", "other",
  "Treaty extracted by Moscow letting Soviet bases into Estonia, for ten years.", [473])
E("soviet-latvian-mutual-assistance-treaty", "agreement", "Soviet-Latvian mutual assistance treaty", "", "1939-10-05", "", "other",
  "Treaty extracted by Moscow letting Soviet bases into Latvia, for ten years.", [473])
E("soviet-lithuanian-mutual-assistance-treaty", "agreement", "Soviet-Lithuanian mutual assistance treaty", "", "1939-10-10", "", "other",
  "Treaty extracted by Moscow letting Soviet bases into Lithuania, for fifteen years.", [473])
E("german-soviet-commercial-agreement-1940", "agreement", "German-Soviet Commercial Agreement (1940)", "German–Soviet Commercial Agreement (1940);1940 German-Soviet Commercial Agreement;German-Soviet Commercial Agreement", "1940-02-11", "", "other",
  "Large February 1940 barter deal of Soviet raw materials for German arms and machinery.", [453, 485, 495])
E("moscow-peace-treaty", "agreement", "Moscow Peace Treaty", "", "1940-03-12", "", "other",
  "March 1940 peace ending the Winter War with Finnish territorial losses.", [462])
E("armistice-of-1940", "agreement", "Armistice of 22 June 1940", "Second Compiègne;Armistice with France", "1940-06-22", "", "other",
  "French surrender to Germany in June 1940.", [485])
E("tripartite-pact", "agreement", "Tripartite Pact", "", "", "", "other",
  "Alliance of Germany, Italy and Japan that Moscow was invited to join.", [490])
E("german-soviet-border-and-commercial-agreement-1941", "agreement", "German-Soviet Border and Commercial Agreement (1941)", "German–Soviet Border and Commercial Agreement;January 1941 Border and Commercial Agreement", "1941-01-10", "", "other",
  "January 1941 deal fixing the border, extending the 1940 trade terms and settling Baltic questions.", [493, 495])
E("soviet-japanese-neutrality-pact", "agreement", "Soviet-Japanese Neutrality Pact", "Soviet–Japanese Neutrality Pact", "1941-04-13", "", "other",
  "April 1941 Soviet neutrality pact with Japan.", [500])

# ---------------------------------------------------------------- facilities
E("junkers-fili-plant", "facility", "Junkers aircraft factory at Fili", "Fili factory", "1922-04", "", "germany",
  "Junkers aircraft works near Moscow that built all-metal designs and later passed to Soviet hands.", [161, 162])
E("lipetsk-fighter-school", "facility", "Lipetsk fighter-pilot school", "Kampffliegerschule Lipezk;WIWUPAL;Wissenschaftliche Versuchs- und Personalausbildungsstation;Lipetsk flying school", "1925", "1933", "germany",
  "Secret German flying school in the USSR that trained future Luftwaffe pilots.", [174, 177, 343])
E("kama-tank-school", "facility", "Kama tank school", "Panzerschule Kama;Kama;tank school at Kazan", "1929", "1933", "germany",
  "Secret German tank school near Kazan; open to the Reichswehr from 1926 by one account, active 1929-1933 by another.", [180, 183, 343])
E("tomka-gas-test-site", "facility", "Tomka gas test site", "Gas-Testgelände Tomka;Tomka", "", "1933", "germany",
  "Secret German chemical-weapons proving ground in Saratov Oblast.", [189, 343])
E("basis-nord", "facility", "Basis Nord", "base near Murmansk", "", "", "germany",
  "Soviet base near Murmansk lent to the German navy as a hiding, refuelling and raiding point.", [194, 196, 453, 455])
E("bolshevik-factory", "facility", "Bolshevik Factory", "Obukhov State Plant;Obukhovski Plant;Leningrad Bolshevik Factory", "", "", "soviet-union",
  "Leningrad heavy-engineering works where Germany helped set up tank production.", [213, 214])
E("kharkov-locomotive-factory", "facility", "Kharkov Locomotive Factory", "Malyshev Factory", "", "", "soviet-union",
  "Kharkov engineering works where Germany helped set up tank production.", [216])
E("krupp-north-caucasus-farm", "facility", "Krupp farm in the North Caucasus", "", "", "", "germany",
  "Huge Krupp-run collective-style farm of 50,000 hectares, cited as a model for Soviet collectives.", [276])
E("mannerheim-line", "facility", "Mannerheim Line", "", "", "", "other",
  "Finnish defence line broken by the Red Army in February 1940.", [462])

# ---------------------------------------------------------------- events
E("first-world-war", "event", "First World War", "World War I", "", "1918-11-11", "other", "The 1914-1918 war whose outcome ruined both Germany and Russia.", [10, 69, 97])
E("russian-civil-war", "event", "Russian Civil War", "", "1917-11-07", "1923-06-16", "other",
  "War in Russia between the Bolsheviks and their enemies, with foreign intervention.", [25, 102])
E("german-revolution-1918", "event", "German Revolution of 1918", "German Revolution", "1918", "1919", "germany",
  "Revolutionary upheaval in Germany after defeat, put down by the Freikorps.", [18])
E("polish-soviet-war", "event", "Polish-Soviet War", "Soviet war with Poland", "1919", "1920", "other",
  "War of 1919-20 between Soviet Russia and Poland.", [107])
E("silesian-uprisings", "event", "Silesian Uprisings", "Aufstände in Oberschlesien;Powstania śląskie", "1919-08", "1921-07", "other",
  "Three Polish risings in Upper Silesia against German rule.", [108])
E("paris-peace-conference", "event", "Paris Peace Conference", "", "", "", "other",
  "Post-war conference that set up the League of Nations.", [143, 229])
E("genoa-conference", "event", "Genoa Economic Conference", "Genoa Conference", "1922-04", "1922-04", "other",
  "1922 European economic conference during which Rapallo was signed.", [156])
E("cheka-trial", "event", "Cheka Trial", "", "1925", "1925", "germany",
  "Leipzig treason trial of Rote Hilfe members.", [245])
E("may-coup-1926", "event", "May Coup", "May Coup in Warsaw", "1926-05", "1926-05", "poland",
  "1926 Polish coup, helped along by alarm over the Berlin Treaty.", [251])
E("sixth-comintern-congress", "event", "6th Congress of the Comintern", "6th Congress;Sixth World Congress", "1928", "1928", "soviet-union",
  "1928 Moscow congress of the Comintern that adopted Stalin's line.", [258, 265])
E("party-congress-1930", "event", "All-Union Communist Party congress of 1930", "Congress of the All-Union Communist Party", "1930-06-27", "1930-06-27", "soviet-union",
  "Party congress at which Stalin welcomed instability in the capitalist world.", [283, 284])
E("lausanne-conference-1932", "event", "Lausanne Conference of 1932", "Lausanne Conference", "1932-06-16", "", "other",
  "1932 meeting that suspended German reparations.", [290])
E("nazi-seizure-of-power", "event", "Nazi seizure of power", "Hitler's rise to power", "1933-01-30", "1933-01-30", "germany",
  "Hitler's appointment and the start of Nazi rule.", [55, 331])
E("remilitarization-of-the-rhineland", "event", "Remilitarization of the Rhineland", "", "1936-03-07", "1936-03-07", "germany",
  "German troops' return to the Rhineland in 1936.", [359])
E("seventh-comintern-congress", "event", "7th World Congress of the Comintern", "7th World Congress", "1935", "1935", "soviet-union",
  "1935 congress that adopted the Popular Front strategy.", [359, 361])
E("spanish-civil-war", "event", "Spanish Civil War", "", "1936", "1939", "other",
  "1936-1939 war in Spain with German and Italian help for Franco and Soviet help for the Republic.", [364, 366])
E("great-purge", "event", "Great Purge", "Great Terror", "1934", "1940", "soviet-union",
  "Stalin's mass repression, which also gutted the foreign service.", [361, 519])
E("triple-alliance-negotiations-1939", "event", "Anglo-French-Soviet alliance negotiations (1939)", "tripartite alliance negotiations;Triple Alliance;triple alliance", "1939-04", "1939-08", "other",
  "Failed 1939 talks between Moscow, London and Paris on containing Germany.", [371, 390, 400])
E("battle-of-khalkhin-gol", "event", "Battle of Khalkhin Gol", "", "1939-05-11", "1939-09-16", "other",
  "1939 Soviet-Japanese border war in the Far East.", [390])
E("eighteenth-party-congress", "event", "18th Party Congress", "18th Congress of the Communist Party of the Soviet Union", "1939-03-10", "1939-03", "soviet-union",
  "March 1939 Soviet party congress where Stalin signalled non-involvement in Western quarrels.", [61, 539])
E("invasion-of-poland-1939", "event", "German invasion of Poland", "invasion of Poland;German invasion of western Poland", "1939-09-01", "1939-10-06", "germany",
  "German attack on Poland that opened the Second World War.", [421, 423])
E("soviet-invasion-of-poland", "event", "Soviet invasion of Poland", "Soviet invasion of eastern Poland;Soviet invasion", "1939-09-17", "1939-10-06", "soviet-union",
  "Soviet entry into eastern Poland under the secret protocol.", [433, 435, 437])
E("world-war-ii", "event", "Second World War", "World War II", "1939-09-01", "", "other",
  "The war that began with the attack on Poland.", [418, 423, 425])
E("brest-litovsk-parade", "event", "German-Soviet military parade in Brest-Litovsk", "joint military parade in Brest", "1939-09", "1939-09", "other",
  "Joint parade of the Wehrmacht and Red Army before Brest passed to Soviet control.", [439])
E("gestapo-nkvd-conferences", "event", "Gestapo-NKVD Conferences", "Zakopane conference", "1939", "", "other",
  "Four meetings of the German and Soviet secret police on occupied Poland and prisoner swaps.", [439, 441])
E("soviet-finnish-negotiations-1939", "event", "Soviet-Finnish negotiations of 1939", "", "1939-10-13", "1939-11-07", "other",
  "Moscow talks in which the USSR pressed Finland for bases and territory before the Winter War.", [460])
E("winter-war", "event", "Winter War", "Soviet war with Finland", "1939-11-30", "1940-03-13", "other",
  "Soviet attack on Finland, costly for the Red Army.", [458, 460, 462])
E("shelling-of-mainila", "event", "Shelling of Mainila", "", "1939-11-26", "1939-11-26", "soviet-union",
  "Soviet-staged border incident used as a pretext against Finland.", [460])
E("soviet-occupation-of-the-baltic-states", "event", "Soviet occupation of the Baltic states", "Soviets take the three Baltic countries", "1940-06", "1940", "soviet-union",
  "1940 Soviet ultimatums, troop entry, purges and annexation of the three Baltic republics.", [465, 475])
E("soviet-ultimatum-to-lithuania-1940", "event", "1940 Soviet ultimatum to Lithuania", "", "1940-06-14", "1940-06-14", "soviet-union",
  "Ten-hour Soviet ultimatum demanding a pro-Soviet Lithuanian government.", [475])
E("kaleva-incident", "event", "Downing of the Kaleva", "Kaleva", "1940-06-14", "1940-06-14", "other",
  "Soviet shoot-down of a Finnish airliner flying from Tallinn to Helsinki.", [475])
E("soviet-occupation-of-bessarabia-and-northern-bukovina", "event", "Soviet occupation of Bessarabia and Northern Bukovina", "", "1940", "1940", "soviet-union",
  "1940 Soviet seizure of Romanian provinces, with German pressure on Bucharest to yield.", [478, 480])
E("battle-of-france", "event", "Battle of France", "German invasion of France", "1940", "1940-06-22", "germany",
  "German conquest of France in 1940.", [475])
E("berlin-axis-talks-1940", "event", "Molotov's Berlin talks on joining the Axis (1940)", "Soviet negotiations regarding joining the Axis", "1940", "1940", "other",
  "1940 talks in Berlin on a Soviet place in a four-power Axis, left unanswered by Germany.", [488, 490])
E("operation-barbarossa", "event", "Operation Barbarossa", "German invasion of the USSR;Unternehmen Barbarossa;German invasion of the Soviet Union", "1941-06-22", "", "germany",
  "Germany's 1941 attack on the USSR, which ended the 1939 pact.", [57, 138, 312, 527])
E("german-operation-of-the-nkvd", "event", "German operation of the NKVD", "National operations of NKVD", "1937", "1938", "soviet-union",
  "NKVD mass arrests and executions aimed at Germans and other diaspora peoples.", [519])
E("soviet-german-emigration-crisis-1929", "event", "Soviet German emigration crisis of 1929", "Mennonite exit-visa protest", "1929-09", "1929", "other",
  "Thousands of German-descended peasants, mostly Mennonites, sought exit visas in Moscow, souring relations.", [514])
E("soviet-anti-german-campaign", "event", "Soviet domestic anti-German campaign", "anti-German campaign", "1933", "1938", "soviet-union",
  "Arrests, show trials, border-zone deportations and closures of German institutions aimed at Soviet Germans.", [519])
E("deportation-of-soviet-germans-1941", "event", "Deportation of Soviet Germans (1941)", "forced population transfer", "1941", "", "soviet-union",
  "Forced transfer of 1.2 million Soviet citizens of German origin to Siberia and Central Asia after the invasion.", [519])
E("german-soviet-military-cooperation", "event", "German-Soviet secret military cooperation", "Soviet-German military collaboration;military cooperation;Soviet military collaboration", "1922", "1933", "other",
  "Secret programme of training, testing and arms production by the Reichswehr on Soviet soil, with Soviet access to German know-how.", [138, 147, 201, 289])
E("baltic-way", "event", "Baltic Way", "", "1989-08-23", "1989-08-23", "other",
  "1989 demonstrations after which a Soviet commission admitted the secret protocol existed.", [532])

# ---------------------------------------------------------------- other
E("mein-kampf", "other", "Mein Kampf", "My Struggle", "1925", "", "germany",
  "Hitler's manifesto calling for living space in the east.", [338])
E("hitler-speaks", "other", "Hitler Speaks", "Hitler Speaks: A Series of Political Conversations With Adolf Hitler on His Real Aims", "1940", "", "other",
  "Rauschning's 1940 book of purported talks with Hitler, of disputed authenticity.", [354])
E("new-economic-policy", "other", "New Economic Policy", "NEP", "1921", "", "soviet-union",
  "Lenin's partial return to market economics that reassured German diplomats.", [238])
E("tupolev-tb-1", "other", "Tupolev TB-1", "ANT-4;TB-1", "", "", "soviet-union",
  "First large all-metal Soviet bomber, adapted from Junkers designs and built at Fili.", [167])
E("tupolev-tb-3", "other", "Tupolev TB-3", "ANT-6;TB-3", "", "", "soviet-union",
  "Soviet heavy bomber of the 1930s built at the former Junkers works.", [169])
E("bismarck-plans", "other", "Plans of the battleship Bismarck", "Bismarck", "", "", "germany",
  "Design papers of the German battleship delivered to the USSR under the 1940 deal.", [453])
E("four-year-plan", "other", "Four Year Plan", "", "1936", "", "germany",
  "Hitler's 1936 rearmament programme.", [361])
E("third-period", "other", "Third Period", "", "1928", "1933", "soviet-union",
  "Comintern line of 1928-1933 that cast social democrats as social fascists.", [264, 265])
E("popular-front", "other", "Popular Front", "", "1934", "1939", "soviet-union",
  "Comintern strategy of broad anti-fascist alliances, adopted in 1935.", [361, 427])

# ---------------------------------------------------------------- places
def P(id, name, aliases, desc, lines, group="other"):
    E(id, "place", name, aliases, "", "", group, desc, lines)

P("moscow", "Moscow", "", "Soviet capital.", [13, 162, 400, 448], "soviet-union")
P("berlin", "Berlin", "", "German capital.", [134, 237, 490, 539], "germany")
P("leningrad", "Leningrad", "St. Petersburg", "Soviet Baltic port city.", [213, 427, 460], "soviet-union")
P("kazan", "Kazan", "", "Volga city near the Kama tank school.", [181, 183], "soviet-union")
P("lipetsk", "Lipetsk", "Lipeck", "Russian city south-east of Moscow, site of the German flying school.", [175], "soviet-union")
P("saratov-oblast", "Saratov Oblast", "", "Volga region holding the Tomka test site.", [187, 189], "soviet-union")
P("volsk", "Volsk", "Wolsk", "Volga town some 20 km from the Tomka site.", [189], "soviet-union")
P("shikhany", "Shikhany", "Volsk-18", "Place codenamed Volsk-18 by which the Tomka site lay.", [189], "soviet-union")
P("fili", "Fili", "", "Area outside Moscow with the Junkers aircraft works.", [162], "soviet-union")
P("rostov-on-don", "Rostov-on-Don", "Rostov", "Southern Russian port city near which Krupp worked.", [173], "soviet-union")
P("north-caucasus", "North Caucasus", "", "Region of the Krupp farm.", [276], "soviet-union")
P("murmansk", "Murmansk", "", "Soviet Arctic port near the German naval base.", [195, 426, 454], "soviet-union")
P("kharkov", "Kharkov", "Kharkiv", "Ukrainian industrial city.", [216], "soviet-union")
P("dessau", "Dessau", "", "German town where Junkers was founded.", [161], "germany")
P("essen", "Essen", "", "Home city of the Krupp family firm.", [171], "germany")
P("leipzig", "Leipzig", "", "German city of the 1925 Cheka Trial.", [245], "germany")
P("warsaw", "Warsaw", "", "Polish capital.", [251, 430], "poland")
P("bialystok", "Białystok", "Bialystok", "North-eastern Polish city named by Kopp as the line of a shared border.", [224, 225], "poland")
P("genoa", "Genoa", "", "Italian port that hosted the 1922 economic conference.", [156])
P("upper-silesia", "Upper Silesia", "Oberschlesien", "Region contested by Germans and Poles in 1919-1921.", [108])
P("brest", "Brest-Litovsk", "Brest;Brest, Belarus", "Town where Germany and Soviet Russia made peace in 1918 and where their armies paraded in 1939.", [11, 439, 505])
P("zakopane", "Zakopane", "", "Polish mountain town of the third Gestapo-NKVD conference.", [441], "poland")
P("eastern-poland", "Eastern Poland", "Polish areas annexed by the Soviet Union;eastern Poland", "Polish lands east of the agreed line, taken by the USSR in 1939.", [439, 544], "poland")
P("vilnius-region", "Vilnius Region", "Vilna area;Vilnius", "Area recognised as a Lithuanian interest in the 1939 protocol.", [413])
P("bessarabia", "Bessarabia", "", "Romanian province claimed by Moscow in 1939 and seized in 1940.", [413, 480, 495])
P("northern-bukovina", "Northern Bukovina", "", "Romanian province taken by the USSR in 1940.", [478, 480])
P("narew-river", "Narew", "Narew river", "Polish river on the 1939 sphere line.", [413])
P("vistula-river", "Vistula", "Vistula river", "Polish river on the 1939 sphere line.", [413])
P("san-river", "San", "San River", "Polish river on the 1939 sphere line.", [413])
P("karelian-isthmus", "Karelian Isthmus", "", "Land north of Leningrad ceded by Finland in 1940.", [460, 462])
P("ladoga-karelia", "Ladoga Karelia", "", "Finnish region ceded in 1940.", [462])
P("salla", "Salla", "", "Finnish district partly ceded in 1940.", [462])
P("kalastajasaarento", "Kalastajasaarento", "", "Finnish peninsula ceded in 1940.", [462])
P("hanko", "Hanko", "", "Finnish naval base leased to the USSR in 1940.", [460, 462])
P("mainila", "Mainila", "", "Border village of the staged shelling.", [460])
P("terijoki", "Terijoki", "", "Finnish border town, seat of the puppet government.", [460])
P("helsinki", "Helsinki", "", "Finnish capital bombed on the first day of the Winter War.", [460, 475])
P("tallinn", "Tallinn", "", "Estonian capital.", [475])
P("kaunas", "Kaunas", "", "Lithuanian capital of the interwar years.", [475])
P("paris", "Paris", "", "French capital entered by the Wehrmacht on 14 June 1940.", [505])
P("manchuria", "Manchuria", "", "Source of soybeans shipped to Germany across the USSR.", [453])
P("sudetenland", "Sudetenland", "", "German-speaking border region of Czechoslovakia.", [371])
P("rhineland", "Rhineland", "", "Demilitarised German region reoccupied in 1936.", [359], "germany")
P("siberia", "Siberia", "", "Destination of deported kulaks and Soviet Germans.", [276, 519], "soviet-union")
P("soviet-central-asia", "Soviet Central Asia", "Central Asia", "Destination of deported Soviet Germans.", [519], "soviet-union")
P("canada", "Canada", "", "Where Soviet German peasants asked to emigrate in 1929.", [514])
P("igorka-river", "Igorka river", "Igorka", "River marking one end of the border fixed in January 1941.", [495])
P("baltic-sea", "Baltic Sea", "Baltic", "Sea at the other end of the 1941 border line.", [393, 495])
P("simferopol", "Simferopol", "", "Crimean birthplace of Adolph Joffe.", [17], "soviet-union")
P("bad-ischl", "Bad Ischl", "", "Upper Austrian town where Mirbach was born.", [13])
E("lebensraum", "other", "Lebensraum", "living space", "", "", "germany", "Idea of conquering eastern land for German settlement.", [340, 341])

# ================================================================ relations
# 1918
R("russian-sfsr", "party-to", "treaty-of-brest-litovsk", "1918-03-03", "", "Signed a separate peace with the Central Powers.", [11])
R("german-empire", "party-to", "treaty-of-brest-litovsk", "1918-03-03", "", "Dictated the terms and gained western Russian land.", [11, 92])
R("austria-hungary", "party-to", "treaty-of-brest-litovsk", "1918-03-03", "", "", [11])
R("central-powers", "party-to", "treaty-of-brest-litovsk", "1918-03-03", "", "", [11])
R("german-empire", "member-of", "central-powers", "", "1918", "", [11])
R("austria-hungary", "member-of", "central-powers", "", "1918", "", [11])
R("vladimir-lenin", "related-to", "treaty-of-brest-litovsk", "1918", "", "Had to accept the treaty under German military pressure.", [87, 89])
R("leon-trotsky", "related-to", "treaty-of-brest-litovsk", "1918", "", "Had to accept the treaty under German military pressure.", [88, 89])
R("treaty-of-brest-litovsk", "concerned", "russian-sfsr", "1918-03-03", "", "Took large western territories from Russia.", [90, 91])
R("wilhelm-von-mirbach", "ambassador-to", "russian-sfsr", "1918", "1918-07-06", "German envoy in Moscow until his murder.", [12, 13, 556])
R("wilhelm-von-mirbach", "served-in", "german-empire", "1918", "1918-07-06", "Diplomat of the Kaiser's Germany.", [12, 13])
R("left-socialist-revolutionaries", "opposed", "wilhelm-von-mirbach", "1918-07-06", "1918-07-06", "Its members shot him dead hoping to reignite war.", [14, 15])
R("wilhelm-von-mirbach", "visited", "moscow", "1918", "1918-07-06", "Served and was killed there.", [12, 13])
R("adolph-joffe", "ambassador-to", "german-empire", "1918", "1918-11-06", "Headed the Soviet embassy expelled from Germany.", [16, 17, 18, 549])
R("adolph-joffe", "related-to", "german-revolution-1918", "1918", "1918-11-06", "His embassy was expelled for backing the revolutionaries.", [17, 18])
R("wilhelm-von-mirbach", "related-to", "bad-ischl", "1871-07-02", "", "Born there.", [13])
R("adolph-joffe", "related-to", "simferopol", "1883-10-10", "", "Born there.", [17])
R("karl-radek", "opposed", "weimar-germany", "1919", "1919", "Backed illegal communist subversion in Germany.", [19, 20, 21])
R("german-empire", "party-to", "armistice-of-1918", "1918-11-11", "", "", [93, 94])
R("allied-powers", "party-to", "armistice-of-1918", "1918-11-11", "", "", [94, 96])
R("armistice-of-1918", "related-to", "first-world-war", "1918-11-11", "", "Ended the fighting in the west.", [94, 97])
R("united-kingdom", "participated-in", "russian-civil-war", "", "", "Sent troops to intervene.", [98, 101, 102])
R("france", "participated-in", "russian-civil-war", "", "", "Sent troops to intervene.", [99, 101, 102])
R("japan", "participated-in", "russian-civil-war", "", "", "Sent troops to intervene.", [100, 101, 102])
R("bolsheviks", "participated-in", "russian-civil-war", "", "", "Fought to keep power.", [74, 75, 102])
R("freikorps", "participated-in", "german-revolution-1918", "1919", "", "Crushed the revolution.", [105, 106])
R("russian-sfsr", "participated-in", "polish-soviet-war", "1919", "1920", "", [107])
R("bolsheviks", "participated-in", "polish-soviet-war", "1919", "1920", "", [107])
R("poland", "participated-in", "polish-soviet-war", "1919", "1920", "", [107])
R("silesian-uprisings", "located-in", "upper-silesia", "1919-08", "1921-07", "", [108])
R("silesian-uprisings", "concerned", "weimar-germany", "1919-08", "1921-07", "Upper Silesia then belonged to the Weimar Republic.", [108])
R("silesian-uprisings", "concerned", "poland", "1919-08", "1921-07", "Cited as proof of Polish-German enmity.", [107, 108])
R("vladimir-lenin", "led", "russian-sfsr", "1917", "", "First head of the Soviet government.", [76])
R("vladimir-lenin", "related-to", "new-economic-policy", "1921", "", "Proposed the policy.", [237, 238])
R("vladimir-lenin", "related-to", "finland", "", "", "Had to recognise its independence.", [76, 77, 78])
R("vladimir-lenin", "related-to", "estonia", "", "", "Had to recognise its independence.", [77, 80])
R("vladimir-lenin", "related-to", "latvia", "", "", "Had to recognise its independence.", [77, 82])
R("vladimir-lenin", "related-to", "lithuania", "", "", "Had to recognise its independence.", [84, 87])
R("vladimir-lenin", "related-to", "poland", "", "", "Had to recognise its independence.", [86, 87])
R("bolsheviks", "related-to", "russian-sfsr", "", "", "Ruled the Soviet state.", [72, 74]) 
R("red-army", "part-of", "russian-sfsr", "", "", "Soviet Russia's land and air forces.", [135])
R("red-army", "part-of", "soviet-union", "", "", "The USSR's land and air forces after 1922.", [135, 438])
R("poland", "allied-with", "france", "", "", "France backed Poland as its ally.", [43, 44, 129, 131])
R("russian-civil-war", "concerned", "russian-sfsr", "1917-11-07", "1923-06-16", "", [25, 26])

# Versailles and the Reichswehr
R("weimar-germany", "party-to", "treaty-of-versailles", "", "", "Defeated party bound by its terms.", [22, 23])
R("allied-powers", "party-to", "treaty-of-versailles", "", "", "The victors who imposed it.", [23])
R("treaty-of-versailles", "concerned", "reichswehr", "", "", "Banned its full rearmament and capped the army at 100,000.", [132, 142])
R("treaty-of-versailles", "concerned", "weimar-germany", "", "", "Limited German arms and imposed reparations.", [22, 142])
R("league-of-nations", "visited", "weimar-germany", "", "", "Its inspectors patrolled German factories for forbidden arms.", [142, 143, 144])
R("paris-peace-conference", "related-to", "league-of-nations", "1920-01-10", "", "Founded the League.", [143])
R("hans-von-seeckt", "led", "reichswehr", "", "", "Chief of the Reichswehr.", [125, 126, 127])
R("hans-von-seeckt", "related-to", "august-von-mackensen", "", "", "Was Mackensen's chief of staff during the 1914-1918 war.", [125])
R("hans-von-seeckt", "related-to", "russian-sfsr", "1919", "1921", "First contacts, perhaps already in 1919-1921; the date is uncertain.", [132])
R("reichswehr", "part-of", "weimar-germany", "", "", "Armed forces of the Weimar Republic.", [127, 142])
R("reichswehr", "succeeded", "imperial-german-army", "", "", "Formed after the imperial army was dissolved.", [127])
R("reichswehr", "allied-with", "red-army", "1922", "1933", "Secret cooperation in training and arms.", [158, 190])
R("victor-kopp", "ambassador-to", "weimar-germany", "1920", "", "Special representative of Soviet Russia in Berlin.", [132, 133, 134])
R("victor-kopp", "served-in", "russian-sfsr", "1920", "", "Its special representative in Berlin.", [132, 133])
R("victor-kopp", "visited", "german-foreign-office", "1920-04-16", "1920-04-16", "Asked about a joint German-Red Army war on Poland.", [132, 134])
R("victor-kopp", "opposed", "poland", "1920-04-16", "1924-12-04", "Repeatedly proposed German-Soviet action against Poland.", [132, 137, 226])
R("victor-kopp", "visited", "german-foreign-office", "1920-07-19", "1920-07-19", "Said Moscow wanted a shared border with Germany near Białystok.", [224])
R("victor-kopp", "related-to", "bialystok", "1920-07-19", "", "Named it as the line of a hoped-for common frontier.", [224, 225])
R("victor-kopp", "met", "ulrich-von-brockdorff-rantzau", "1924-12-04", "1924-12-04", "Offered cooperation against Poland.", [226, 228, 229])
R("sondergruppe-r", "part-of", "reichswehr-ministry", "1921", "", "Soviet-affairs section.", [138])
R("reichswehr-ministry", "part-of", "weimar-germany", "", "", "", [138, 142])
R("georgy-chicherin", "led", "narkomindel", "", "", "First Soviet commissar for foreign affairs.", [110, 111])
R("nikolay-krestinsky", "ambassador-to", "weimar-germany", "1921", "1930", "Soviet envoy in Berlin.", [112, 113, 550, 551])
R("nikolay-krestinsky", "member-of", "bolsheviks", "", "", "", [113])
R("leonid-krasin", "member-of", "bolsheviks", "", "", "", [117])
R("christian-rakovsky", "member-of", "bolsheviks", "", "", "", [119])
for who, ln in [("karl-radek", 115), ("leonid-krasin", 117), ("christian-rakovsky", 119), ("victor-kopp", 120), ("adolph-joffe", 121)]:
    R(who, "served-in", "russian-sfsr", "", "", "Soviet representative in talks with Germany.", [ln])

# Rapallo
R("walther-rathenau", "signed", "treaty-of-rapallo", "1922-04-16", "1922-04-16", "Signed as German foreign minister.", [151, 152, 153])
R("georgy-chicherin", "signed", "treaty-of-rapallo", "1922-04-16", "1922-04-16", "Signed for Soviet Russia.", [154, 155, 156])
R("walther-rathenau", "led", "german-foreign-office", "1922", "1922-06-24", "German foreign minister.", [152, 153])
R("walther-rathenau", "met", "georgy-chicherin", "1922-04-16", "1922-04-16", "Signed Rapallo together.", [153, 155])
R("weimar-germany", "party-to", "treaty-of-rapallo", "1922-04-16", "", "", [150, 151])
R("russian-sfsr", "party-to", "treaty-of-rapallo", "1922-04-16", "", "", [150, 151])
R("treaty-of-rapallo", "related-to", "genoa-conference", "1922-04-16", "", "Signed while the conference was sitting.", [156])
R("genoa-conference", "located-in", "genoa", "1922-04", "1922-04", "", [156])
R("weimar-germany", "participated-in", "genoa-conference", "1922-04", "1922-04", "", [151, 156])
R("russian-sfsr", "participated-in", "genoa-conference", "1922-04", "1922-04", "", [151, 156])
R("weimar-germany", "traded-with", "russian-sfsr", "1922", "", "Rapallo made Germany Soviet Russia's main trade and diplomatic partner.", [156])
R("russian-sfsr", "part-of", "soviet-union", "1922", "", "Six other Soviet republics joined it in forming the Union.", [158])
R("russian-sfsr", "participated-in", "german-soviet-military-cooperation", "1922", "", "Offered Germany secret facilities for arms work and training.", [158])
R("weimar-germany", "participated-in", "german-soviet-military-cooperation", "1922", "1933", "Gained sites beyond the reach of treaty inspectors.", [158])
R("reichswehr", "participated-in", "german-soviet-military-cooperation", "1922-03", "1933-09", "German officers first went in March 1922; access ended in 1933.", [132, 343])
R("red-army", "participated-in", "german-soviet-military-cooperation", "1922", "1933", "Sought German technology and help to build a General Staff.", [158, 159, 160])
R("reichswehr", "visited", "russian-sfsr", "1922-03", "", "First German officers arrived in March 1922.", [160])
R("german-soviet-military-cooperation", "related-to", "treaty-of-rapallo", "1922", "", "Long thought independent of Rapallo, a view later challenged.", [156, 158])
R("german-soviet-military-cooperation", "related-to", "treaty-of-versailles", "1922", "1933", "Circumvented its arms bans.", [142])
R("hans-von-seeckt", "participated-in", "german-soviet-military-cooperation", "", "", "His papers later documented the secret cooperation.", [201])
R("junkers", "operated", "junkers-fili-plant", "1922-04", "", "Built aircraft at Fili in breach of Versailles.", [160, 161, 162])
R("junkers-fili-plant", "located-in", "fili", "1922-04", "", "", [162])
R("junkers", "located-in", "dessau", "", "", "Founded in Dessau.", [161])
R("andrei-tupolev", "studied-at", "junkers-fili-plant", "", "", "Learned new techniques there.", [162, 163])
R("pavel-sukhoi", "studied-at", "junkers-fili-plant", "", "", "Learned new techniques there.", [165])
R("soviet-union", "owned", "junkers-fili-plant", "", "", "The factory was handed over to the Russians.", [166])
R("tupolev-tb-1", "related-to", "junkers-fili-plant", "", "", "Built there as a Russian adaptation of Junkers bombers.", [166, 167])
R("tupolev-tb-3", "related-to", "junkers-fili-plant", "", "", "Built there as a Russian adaptation of Junkers bombers.", [169])
R("andrei-tupolev", "related-to", "tupolev-tb-1", "", "", "Designer of the aircraft.", [163, 167])
R("andrei-tupolev", "related-to", "tupolev-tb-3", "", "", "Designer of the aircraft.", [163, 169])
R("tupolev-tb-3", "related-to", "soviet-air-force", "", "", "Flown by Soviet bomber units in the 1930s.", [169])
R("junkers", "participated-in", "german-soviet-military-cooperation", "1922-04", "", "", [161, 162])
R("krupp", "related-to", "rostov-on-don", "", "", "Active near the city in southern Russia.", [171, 172, 173])
R("krupp", "participated-in", "german-soviet-military-cooperation", "", "", "The artillery maker worked in the southern USSR.", [170, 171])
R("krupp", "located-in", "essen", "", "", "", [171])
R("krupp", "operated", "krupp-north-caucasus-farm", "", "", "Created a 50,000-hectare farm.", [276])
R("krupp-north-caucasus-farm", "located-in", "north-caucasus", "", "", "", [276])
R("lipetsk-fighter-school", "located-in", "lipetsk", "1925", "", "", [174, 175, 177])
R("reichswehr", "trained-at", "lipetsk-fighter-school", "1925", "1933-09", "Trained the first pilots of the future Luftwaffe.", [178, 343])
R("luftwaffe", "related-to", "lipetsk-fighter-school", "1925", "", "Its first pilots trained there.", [177, 178, 179])
R("luftwaffe", "part-of", "wehrmacht", "", "", "The Wehrmacht's air arm.", [179])
R("red-army", "trained-at", "lipetsk-fighter-school", "", "", "Gained access to the German training sites.", [190])
R("reichswehr", "trained-at", "kama-tank-school", "1926", "1933-09", "Used the tank school from 1926.", [180, 183, 343])
R("reichswehr", "operated", "kama-tank-school", "1929", "1933", "Ran the school for tank commanders.", [183])
R("kama-tank-school", "located-in", "kazan", "", "", "Lay near Kazan.", [181, 183])
R("red-army", "trained-at", "kama-tank-school", "", "", "Gained access to the German training sites.", [190, 343])
R("reichswehr", "tested-at", "tomka-gas-test-site", "", "1933-09", "Tested chemical weapons there.", [185, 189, 343])
R("red-army", "trained-at", "tomka-gas-test-site", "", "", "Gained access to the German training sites.", [189, 190])
R("tomka-gas-test-site", "located-in", "shikhany", "", "", "Near the place codenamed Volsk-18.", [189])
R("tomka-gas-test-site", "located-in", "saratov-oblast", "", "", "", [187, 189])
R("shikhany", "located-in", "saratov-oblast", "", "", "", [189])
R("volsk", "located-in", "saratov-oblast", "", "", "", [189])
R("weimar-germany", "supplied", "red-army", "1922", "1933", "Military technology and doctrine in return for the sites.", [190], goods="military technology and theory")
R("soviet-union", "opposed", "reichswehr", "1933-08", "1933-09", "Abruptly closed Lipetsk, Kama and Tomka to the Reichswehr.", [343])
R("kriegsmarine", "operated", "basis-nord", "", "", "Used a base near Murmansk to hide ships from the British.", [193, 194, 196])
R("basis-nord", "located-in", "murmansk", "", "", "", [194, 195, 454])
R("kriegsmarine", "succeeded", "imperial-german-navy", "1935", "", "", [193])
R("kriegsmarine", "part-of", "nazi-germany", "1935", "1945", "German navy of 1935-1945.", [193])
R("polish-intelligence", "related-to", "german-soviet-military-cooperation", "", "", "Was well informed about it in the 1920s.", [201])

# Trade 1920s
R("weimar-germany", "supplied", "bolshevik-factory", "", "", "Helped set up tank production.", [213, 214], goods="assistance with tank production")
R("weimar-germany", "supplied", "kharkov-locomotive-factory", "", "", "Helped set up tank production.", [216], goods="assistance with tank production")
R("bolshevik-factory", "located-in", "leningrad", "", "", "", [213, 214])
R("kharkov-locomotive-factory", "located-in", "kharkov", "", "", "", [216])
R("weimar-germany", "party-to", "german-soviet-commercial-agreement-1925", "1925-10-12", "", "", [219])
R("soviet-union", "party-to", "german-soviet-commercial-agreement-1925", "1925-10-12", "", "", [219])
R("weimar-germany", "traded-with", "soviet-union", "", "1934", "Trade shrank in the early 1930s as Soviet imports fell.", [302])
R("weimar-germany", "opposed", "france", "", "", "France was seen as the main German adversary.", [217, 219])

# Poland plans and diplomacy of the 1920s
R("russian-sfsr", "opposed", "poland", "1920", "", "Sought a shared border with Germany at Poland's expense.", [224, 226])
R("ulrich-von-brockdorff-rantzau", "ambassador-to", "soviet-union", "1922", "1928", "German ambassador in Moscow.", [228, 229, 557, 558])
R("ulrich-von-brockdorff-rantzau", "led", "german-foreign-office", "", "", "Weimar's first foreign minister.", [229])
R("ulrich-von-brockdorff-rantzau", "participated-in", "paris-peace-conference", "", "", "Led the German delegation.", [229])
R("weimar-germany", "member-of", "league-of-nations", "1926", "", "Admitted in 1926.", [227, 228])
R("weimar-germany", "party-to", "locarno-treaties", "1925", "", "Pledged not to attack France and Belgium.", [239, 240, 241])
R("france", "party-to", "locarno-treaties", "1925", "", "", [240, 241])
R("belgium", "party-to", "locarno-treaties", "1925", "", "", [240, 241])
R("comintern", "opposed", "weimar-germany", "1925", "", "Subversive interference that Germany grew less willing to bear.", [241, 242])
R("rote-hilfe", "part-of", "international-red-aid", "1924", "1936", "German branch.", [244])
R("rote-hilfe", "related-to", "kpd", "1924", "1936", "Linked to the KPD.", [244])
R("rote-hilfe", "participated-in", "cheka-trial", "1925", "1925", "Members were tried for treason.", [243, 244, 245])
R("cheka-trial", "located-in", "leipzig", "1925", "1925", "", [245])
R("weimar-germany", "party-to", "treaty-of-berlin-1926", "1926-04-24", "", "", [245, 246])
R("soviet-union", "party-to", "treaty-of-berlin-1926", "1926-04-24", "", "", [245, 246])
R("gustav-stresemann", "signed", "treaty-of-berlin-1926", "1926-04-24", "1926-04-24", "Signed as foreign minister.", [247, 248])
R("nikolay-krestinsky", "signed", "treaty-of-berlin-1926", "1926-04-24", "1926-04-24", "Signed as Soviet ambassador.", [247, 249, 250])
R("gustav-stresemann", "met", "nikolay-krestinsky", "1926-04-24", "1926-04-24", "Signed the Berlin Treaty together.", [248, 250])
R("gustav-stresemann", "led", "german-foreign-office", "1923", "1929", "Foreign minister 1923-1929.", [247, 248])
R("gustav-stresemann", "led", "weimar-germany", "1923", "1923", "Chancellor for 102 days in 1923.", [248])
R("treaty-of-berlin-1926", "related-to", "treaty-of-rapallo", "1926-04-24", "", "Reaffirmed Rapallo.", [247])
R("poland", "opposed", "treaty-of-berlin-1926", "1926", "", "Saw it as an imminent threat.", [251])
R("treaty-of-berlin-1926", "related-to", "may-coup-1926", "1926", "", "Polish alarm over it helped the coup succeed.", [251])
R("may-coup-1926", "located-in", "warsaw", "1926", "", "", [251])
R("france", "opposed", "treaty-of-berlin-1926", "1926", "", "Worried about Germany's Locarno and League obligations.", [251])

# Third Period
R("ecci", "part-of", "comintern", "", "", "Its executive body.", [257])
R("sixth-comintern-congress", "located-in", "moscow", "1928", "", "", [258])
R("sixth-comintern-congress", "concerned", "comintern", "1928", "", "Backed Stalin's line.", [258, 260])
R("joseph-stalin", "participated-in", "sixth-comintern-congress", "1928", "", "His programme prevailed.", [258])
R("nikolay-bukharin", "led", "comintern", "", "1928", "Comintern secretary general.", [258, 259])
R("joseph-stalin", "opposed", "nikolay-bukharin", "1928", "", "Defeated Bukharin's line in the Comintern.", [258, 259, 260])
R("comintern", "related-to", "third-period", "1928", "", "Adopted the line.", [264, 265])
R("joseph-stalin", "opposed", "spd", "1928", "", "Forbade German communists ever again to vote alongside the SPD.", [270])
R("ernst-thalmann", "led", "kpd", "1925", "1933", "", [268, 269])
R("kpd", "member-of", "comintern", "", "", "Subordinated itself almost wholly to Moscow.", [264, 267, 270])
R("joseph-stalin", "negotiated", "union-of-industrialists-agreement-1928", "1928", "1928-12", "Bargained with German arms makers through summer 1928.", [270, 278])
R("union-of-industrialists", "party-to", "union-of-industrialists-agreement-1928", "1928-12", "", "", [270])
R("soviet-union", "party-to", "union-of-industrialists-agreement-1928", "1928-12", "", "", [270])
R("union-of-industrialists", "supplied", "soviet-union", "1928-12", "", "To be paid in hard currency or goods, not roubles.", [270],
  goods="modern armaments industry and its industrial base", under="union-of-industrialists-agreement-1928")
R("soviet-union", "traded-with", "union-of-industrialists", "1930", "1931", "Sold grain cheaply abroad to pay for German arms.", [276])
R("union-of-industrialists", "opposed", "kpd", "1928", "", "Angry at communist objections to cruiser funding.", [276])
R("union-of-industrialists", "opposed", "spd", "1928", "", "Angry at Social Democrat objections to cruiser funding.", [276])
R("kpd", "allied-with", "dnvp", "1929", "", "Voted with the far right in the Reichstag.", [278, 279])
R("kpd", "allied-with", "nsdap", "1929", "", "Voted with the Nazis in the Reichstag while clashing with them on the street.", [278, 280])
R("adolf-hitler", "led", "nsdap", "", "", "", [280, 338])
R("kpd", "member-of", "reichstag", "1929", "", "Its deputies voted with DNVP and NSDAP.", [278, 280])
R("joseph-stalin", "participated-in", "party-congress-1930", "1930-06-27", "1930-06-27", "Gave the Central Committee report.", [284])
R("central-committee", "part-of", "all-union-communist-party", "", "", "", [281, 284])
R("party-congress-1930", "concerned", "all-union-communist-party", "1930-06-27", "", "", [284])

# Early 1930s
R("weimar-germany", "party-to", "berlin-treaty-extension-1931", "1931-06-24", "", "", [289])
R("soviet-union", "party-to", "berlin-treaty-extension-1931", "1931-06-24", "", "", [289])
R("berlin-treaty-extension-1931", "succeeded", "treaty-of-berlin-1926", "1931-06-24", "", "Prolonged the 1926 treaty.", [289, 343])
R("reichstag", "ratified", "berlin-treaty-extension-1931", "1933", "", "Delayed by domestic political fights.", [289])
R("nazi-germany", "ratified", "berlin-treaty-extension-1931", "1933-05-05", "1933-05-05", "", [343])
R("franz-von-papen", "led", "weimar-germany", "1932", "", "German chancellor.", [291, 292])
R("franz-von-papen", "participated-in", "lausanne-conference-1932", "1932", "", "", [290, 292])
R("edouard-herriot", "participated-in", "lausanne-conference-1932", "1932", "", "", [290, 294])
R("franz-von-papen", "met", "edouard-herriot", "1932", "", "Rumoured to have offered a military alliance.", [292, 293, 294])
R("edouard-herriot", "led", "france", "1932", "", "French prime minister.", [293, 294])
R("united-kingdom", "participated-in", "lausanne-conference-1932", "1932", "", "", [290])
R("weimar-germany", "participated-in", "lausanne-conference-1932", "1932", "", "", [290])
R("france", "participated-in", "lausanne-conference-1932", "1932", "", "", [290])
R("soviet-union", "party-to", "soviet-polish-non-aggression-pact", "1932-07-25", "", "", [295])
R("poland", "party-to", "soviet-polish-non-aggression-pact", "1932-07-25", "", "", [295])
R("soviet-union", "party-to", "soviet-french-non-aggression-pact", "1932-11-29", "", "", [295])
R("france", "party-to", "soviet-french-non-aggression-pact", "1932-11-29", "", "", [295])
R("kpd", "opposed", "spd", "", "1933", "Their feud helped bring down the republic.", [300, 301, 302])
R("joseph-stalin", "led", "soviet-union", "1924", "1953-03-05", "", [52, 53])
R("joseph-stalin", "opposed", "volga-german-assr", "1928", "1948", "Distrusted and persecuted the Soviet Germans.", [310, 311])
R("volga-german-assr", "part-of", "soviet-union", "", "", "", [307, 310])

# Nazi Germany and the USSR
R("adolf-hitler", "led", "nazi-germany", "1933-01-30", "1945-04-30", "Dictator of Germany.", [45, 47, 330, 331])
R("adolf-hitler", "participated-in", "nazi-seizure-of-power", "1933-01-30", "", "", [55, 330, 331])
R("adolf-hitler", "member-of", "dap", "1919-09", "", "Joined the German Workers' Party in September 1919.", [55])
R("adolf-hitler", "opposed", "kpd", "1933", "", "Suppressed the communist party after taking power.", [330, 331, 332])
R("nazi-germany", "opposed", "soviet-union", "1933", "", "Police measures against Soviet missions and anti-Soviet propaganda.", [333])
R("konstantin-von-neurath", "led", "german-foreign-office", "1932", "1938", "Foreign minister, who resisted a break with Moscow.", [334, 336, 337])
R("adolf-hitler", "related-to", "mein-kampf", "1925", "", "Wrote it; it called for Lebensraum in the east.", [338])
R("mein-kampf", "related-to", "lebensraum", "1926", "", "Its second volume demanded living space in the east.", [337, 339, 340])
R("us-department-of-state", "related-to", "nazi-germany", "1945", "", "Published captured German files on relations with Moscow.", [320, 321])
R("us-department-of-state", "part-of", "united-states", "", "", "", [320, 321])
R("vyacheslav-molotov", "met", "herbert-von-dirksen", "1933-08", "1933-08", "Assured him relations depended on Germany's attitude.", [343])
R("herbert-von-dirksen", "ambassador-to", "soviet-union", "1928", "1933", "", [343, 558])
R("nazi-germany", "party-to", "german-polish-non-aggression-pact", "1934-01-26", "", "", [343])
R("poland", "party-to", "german-polish-non-aggression-pact", "1934-01-26", "", "", [343, 344])
R("maxim-litvinov", "led", "narkomindel", "1930", "1939-05-03", "Foreign affairs commissar until dismissed.", [348, 349, 385])
R("maxim-litvinov", "opposed", "nazi-germany", "1933", "1939-05-03", "Saw it as the main threat and sought collective security.", [349, 350])
R("soviet-union", "member-of", "league-of-nations", "1934-09", "1939-12-14", "Joined in 1934, expelled over the Winter War.", [352, 460, 461])
for st in ["spain", "united-states", "hungary", "czechoslovakia", "romania", "bulgaria"]:
    R(st, "related-to", "soviet-union", "1933", "1934", "Recognised the USSR diplomatically in 1933-34.", [352])
R("soviet-union", "allied-with", "france", "1932", "", "Turned toward France from 1932.", [352, 353, 354])
R("hermann-rauschning", "related-to", "hitler-speaks", "1940", "", "Author.", [354])
R("hermann-rauschning", "met", "adolf-hitler", "", "", "Claimed to record conversations with him.", [354])
R("wolfgang-hanel", "related-to", "hitler-speaks", "", "", "Called the book a fabrication.", [354])
R("ian-kershaw", "related-to", "hitler-speaks", "", "", "Avoided it as a source.", [354])
R("hugh-trevor-roper", "related-to", "hitler-speaks", "", "", "Avoided it as a source.", [354])
R("richard-steigmann-gall", "related-to", "hitler-speaks", "", "", "Avoided it as a source.", [354])

# Mid-1930s
R("france", "party-to", "franco-soviet-treaty-of-mutual-assistance", "1935-05-02", "", "", [359])
R("soviet-union", "party-to", "franco-soviet-treaty-of-mutual-assistance", "1935-05-02", "", "", [359])
R("adolf-hitler", "led", "remilitarization-of-the-rhineland", "1936-03-07", "", "France ratifying the Franco-Soviet treaty was one of his reasons.", [359])
R("remilitarization-of-the-rhineland", "located-in", "rhineland", "1936-03-07", "", "", [359])
R("nazi-germany", "participated-in", "remilitarization-of-the-rhineland", "1936-03-07", "", "", [359])
R("comintern", "participated-in", "seventh-comintern-congress", "1935", "", "Endorsed the Popular Front.", [359, 360, 361])
R("seventh-comintern-congress", "related-to", "popular-front", "1935", "", "Adopted the strategy.", [361])
R("vyacheslav-molotov", "related-to", "nazi-germany", "1935", "", "Called for good ties with Berlin in a 1935 congress speech.", [361])
R("nazi-germany", "party-to", "anti-comintern-pact", "1936-11-25", "", "", [361])
R("japan", "party-to", "anti-comintern-pact", "1936-11-25", "", "", [361])
R("italy", "party-to", "anti-comintern-pact", "1937", "", "Joined in 1937.", [361])
R("anti-comintern-pact", "concerned", "comintern", "1936-11-25", "", "", [361])
R("nazi-germany", "party-to", "german-soviet-credit-agreement-1935", "1935", "", "", [361])
R("soviet-union", "party-to", "german-soviet-credit-agreement-1935", "1935", "", "", [361])
R("soviet-union", "traded-with", "nazi-germany", "1935", "1936", "Moscow sought to settle old trade debts in raw materials while Berlin sought rearmament.", [361])
R("adolf-hitler", "related-to", "four-year-plan", "1936", "", "Decreed it.", [361])
R("conservative-party-uk", "opposed", "soviet-union", "1931", "", "Held the USSR to be at least as dangerous as Germany.", [361])
R("conservative-party-uk", "part-of", "united-kingdom", "", "", "Ruling party.", [361])
R("great-purge", "concerned", "narkomindel", "1934", "1940", "Purge of the commissariat forced embassies to close.", [361])

R("franco-soviet-treaty-of-mutual-assistance", "related-to", "remilitarization-of-the-rhineland", "1936-03-07", "", "France's ratification was one reason Hitler gave.", [359])
R("adolf-hitler", "opposed", "soviet-union", "1936", "", "Rebuffed Soviet bids for closer political ties and a further credit deal.", [361])
R("german-foreign-office", "related-to", "german-soviet-military-cooperation", "1922", "", "Long kept in the dark about the military talks.", [156, 157])

# Spain
R("francisco-franco", "led", "spanish-nationalists", "1936", "1939", "", [366])
R("spanish-nationalists", "participated-in", "spanish-civil-war", "1936", "1939", "Won the war.", [366])
R("spanish-republic", "participated-in", "spanish-civil-war", "1936", "1939", "", [366])
R("spanish-nationalists", "opposed", "spanish-republic", "1936", "1939", "", [366])
R("nazi-germany", "supplied", "spanish-nationalists", "1936", "1939", "", [366], goods="elite air and tank units")
R("italy", "supplied", "spanish-nationalists", "1936", "1939", "", [366], goods="combat divisions")
R("soviet-union", "supplied", "spanish-republic", "1936", "1939", "Sold munitions.", [366], goods="military and political advisers; munitions")
R("nazi-germany", "participated-in", "spanish-civil-war", "1936", "1939", "", [366])
R("soviet-union", "participated-in", "spanish-civil-war", "1936", "1939", "", [366])
R("comintern", "related-to", "international-brigades", "1936", "1939", "Helped parties worldwide send volunteers.", [366])
R("international-brigades", "allied-with", "spanish-republic", "1936", "1939", "Fought for the Loyalists.", [366])
R("spanish-civil-war", "concerned", "spain", "1936", "1939", "", [366])

# Collective security and 1939
R("united-kingdom", "party-to", "munich-agreement", "1938-09-29", "", "", [371])
R("france", "party-to", "munich-agreement", "1938-09-29", "", "", [371])
R("munich-agreement", "concerned", "czechoslovakia", "1938-09-29", "", "Its territorial integrity was set aside.", [371])
R("munich-agreement", "concerned", "sudetenland", "1938-09-29", "", "", [371])
R("soviet-union", "allied-with", "czechoslovakia", "", "1938-09-29", "Had given guarantees; whether it would have honoured them is disputed.", [371])
R("nazi-germany", "party-to", "munich-agreement", "1938-09-29", "", "Gained the Sudetenland.", [371])
R("maxim-litvinov", "led", "triple-alliance-negotiations-1939", "1939-04", "1939-05-03", "Opened the talks with the newly arrived British and French envoys.", [371])
R("william-seeds", "participated-in", "triple-alliance-negotiations-1939", "1939-04", "", "", [371])
R("william-strang", "participated-in", "triple-alliance-negotiations-1939", "1939", "", "Assisted Seeds.", [371])
R("paul-emile-naggiar", "participated-in", "triple-alliance-negotiations-1939", "1939-04", "", "", [371])
R("william-seeds", "ambassador-to", "soviet-union", "1939", "", "New British ambassador.", [371])
R("paul-emile-naggiar", "ambassador-to", "soviet-union", "1939", "", "New French ambassador.", [371])
R("william-seeds", "served-in", "united-kingdom", "1939", "", "", [371])
R("paul-emile-naggiar", "served-in", "france", "1939", "", "", [371])
R("william-strang", "served-in", "united-kingdom", "1939", "", "", [371])
R("soviet-union", "participated-in", "triple-alliance-negotiations-1939", "1939-04", "1939-08-22", "Suspended when the German deal was announced.", [377, 400])
R("united-kingdom", "participated-in", "triple-alliance-negotiations-1939", "1939-04", "1939-08", "", [377, 400])
R("france", "participated-in", "triple-alliance-negotiations-1939", "1939-04", "1939-08", "", [377, 400])
R("soviet-union", "related-to", "finland", "1939", "", "Demanded Finland be placed in its sphere of influence.", [377])
R("vyacheslav-molotov", "led", "narkomindel", "1939-05-03", "", "Took over foreign affairs after Litvinov's dismissal.", [385])
R("vyacheslav-molotov", "succeeded", "maxim-litvinov", "1939-05-03", "", "", [385])
R("vyacheslav-molotov", "opposed", "maxim-litvinov", "", "1939-05-03", "Strained relations; disagreed on policy.", [385, 539])
R("vyacheslav-molotov", "participated-in", "triple-alliance-negotiations-1939", "1939-05", "1939-08", "Kept the talks going, perhaps to draw a German offer.", [390])
R("nazi-germany", "party-to", "german-baltic-non-aggression-pacts-1939", "1939-06-07", "", "", [390])
R("latvia", "party-to", "german-baltic-non-aggression-pacts-1939", "1939-06-07", "", "", [390])
R("estonia", "party-to", "german-baltic-non-aggression-pacts-1939", "1939-06-07", "", "", [390])
R("japan", "participated-in", "battle-of-khalkhin-gol", "1939-05-11", "1939-09-16", "", [390])
R("soviet-union", "participated-in", "battle-of-khalkhin-gol", "1939-05-11", "1939-09-16", "", [390])
R("joachim-von-ribbentrop", "led", "german-foreign-office", "", "", "German foreign minister.", [393, 400])
R("joachim-von-ribbentrop", "negotiated", "molotov-ribbentrop-pact", "1939-08-03", "1939-08-23", "Outlined mutual non-interference on 3 August.", [393, 400])
R("nazi-germany", "negotiated", "german-soviet-commercial-agreement-1939", "1939-07", "1939-08-19", "Open trade talks from July 1939.", [400])
R("soviet-union", "negotiated", "german-soviet-commercial-agreement-1939", "1939-07", "1939-08-19", "Delayed signing until a political deal was sure.", [393, 400])
R("nazi-germany", "party-to", "german-soviet-commercial-agreement-1939", "1939-08-19", "", "", [400])
R("soviet-union", "party-to", "german-soviet-commercial-agreement-1939", "1939-08-19", "", "", [400])
R("soviet-union", "supplied", "nazi-germany", "1939-08-19", "", "Deliveries against German orders.", [400], goods="raw materials", under="german-soviet-commercial-agreement-1939")
R("nazi-germany", "supplied", "soviet-union", "1939-08-19", "", "Ordered by the Soviets.", [400], goods="industrial goods", under="german-soviet-commercial-agreement-1939")
R("nazi-germany", "financed", "soviet-union", "1939-08-19", "", "Seven-year merchandise credit at a low interest rate.", [400])
R("nazi-germany", "financed", "german-soviet-commercial-agreement-1939", "1939-08-19", "", "Granted the merchandise credit in it.", [400])
R("joachim-von-ribbentrop", "visited", "moscow", "1939-08-23", "1939-08-24", "Led the German delegation.", [400])
R("joachim-von-ribbentrop", "signed", "molotov-ribbentrop-pact", "1939-08-23", "", "", [400, 401, 402])
R("vyacheslav-molotov", "signed", "molotov-ribbentrop-pact", "1939-08-23", "", "", [401, 402])
R("joseph-stalin", "related-to", "molotov-ribbentrop-pact", "1939-08-23", "", "Present at the signing.", [401, 402])
R("joachim-von-ribbentrop", "met", "vyacheslav-molotov", "1939-08-23", "1939-08-24", "", [400, 402])
R("joachim-von-ribbentrop", "met", "joseph-stalin", "1939-08-23", "1939-08-24", "Stalin attended the signing.", [400, 402])
R("nazi-germany", "party-to", "molotov-ribbentrop-pact", "1939-08-23", "1941-06-22", "", [401, 402, 527])
R("soviet-union", "party-to", "molotov-ribbentrop-pact", "1939-08-23", "1941-06-22", "", [401, 402, 527])
R("molotov-ribbentrop-pact", "related-to", "treaty-of-berlin-1926", "1939-08-23", "", "Declared continued adherence to it.", [402, 403])
R("secret-protocol-1939", "part-of", "molotov-ribbentrop-pact", "1939-08-23", "", "Secret annex.", [404, 413])
R("nazi-germany", "party-to", "secret-protocol-1939", "1939-08-23", "", "", [404, 413])
R("soviet-union", "party-to", "secret-protocol-1939", "1939-08-23", "", "", [404, 413])
for st, ln in [("finland", 406), ("estonia", 408), ("latvia", 410), ("lithuania", 412)]:
    R("secret-protocol-1939", "concerned", st, "1939-08-23", "", "Baltic area divided at Lithuania's northern border.", [404, ln, 413])
R("secret-protocol-1939", "concerned", "vilnius-region", "1939-08-23", "", "Recognised as a Lithuanian interest.", [413])
R("secret-protocol-1939", "concerned", "poland", "1939-08-23", "", "Split along the Narew, Vistula and San.", [413])
R("secret-protocol-1939", "concerned", "narew-river", "1939-08-23", "", "", [413])
R("secret-protocol-1939", "concerned", "vistula-river", "1939-08-23", "", "", [413])
R("secret-protocol-1939", "concerned", "san-river", "1939-08-23", "", "", [413])
R("secret-protocol-1939", "concerned", "bessarabia", "1939-08-23", "", "Soviet interest declared; Germany disinterested.", [413])
R("supreme-soviet", "ratified", "molotov-ribbentrop-pact", "1939-08-31", "1939-08-31", "", [415])
R("pravda", "related-to", "molotov-ribbentrop-pact", "1939-08-24", "", "Announced it.", [415])
R("izvestia", "related-to", "molotov-ribbentrop-pact", "1939-08-24", "", "Announced it.", [415])
R("united-kingdom", "party-to", "anglo-polish-agreement-1939", "1939-08-25", "", "", [415])
R("poland", "party-to", "anglo-polish-agreement-1939", "1939-08-25", "", "", [415])
R("adolf-hitler", "related-to", "invasion-of-poland-1939", "1939-08-25", "", "Postponed the attack planned for 26 August.", [415])
R("us-department-of-state", "related-to", "secret-protocol-1939", "1948", "", "Published German records showing the protocol was rumoured from the start.", [415])

# War
R("nazi-germany", "invaded", "poland", "1939-09-01", "", "Attacked its zone a week after the pact.", [423])
R("nazi-germany", "participated-in", "invasion-of-poland-1939", "1939-09-01", "1939-10-06", "", [421, 423])
R("invasion-of-poland-1939", "related-to", "world-war-ii", "1939-09-01", "", "Started the war in Europe.", [423, 425])
for st in ["united-kingdom", "australia", "new-zealand", "france"]:
    R(st, "opposed", "nazi-germany", "1939-09-03", "", "Declared war on Germany to honour obligations to Poland.", [423, 425])
R("united-kingdom", "allied-with", "poland", "1939-08-25", "", "Bound by treaty to defend Poland.", [415, 423, 424])
R("soviet-union", "supplied", "nazi-germany", "1939-09-08", "", "Let German cargo diverted to Murmansk travel by rail to Leningrad.", [425, 426, 427], goods="rail transit of German cargo from Murmansk to Leningrad")
R("soviet-union", "opposed", "poland", "1939-09-05", "", "Refused Polish transit across Soviet territory.", [427])
R("joseph-stalin", "opposed", "poland", "1939-09-07", "", "Branded Poland fascist and an oppressor of its Belarusian and Ukrainian minorities.", [427, 430])
R("nazi-germany", "related-to", "soviet-invasion-of-poland", "1939-09", "1939-09-17", "German diplomats pressed Moscow to attack from the east.", [430])
R("friedrich-werner-von-der-schulenburg", "ambassador-to", "soviet-union", "1934", "1941", "German ambassador in Moscow.", [427, 430, 558])
R("joseph-stalin", "related-to", "comintern", "1939-09-07", "", "Set a new line calling the war inter-imperialist.", [427])
R("soviet-union", "related-to", "friedrich-werner-von-der-schulenburg", "1939-09-09", "", "Told him of the decision to invade eastern Poland.", [430])
R("polish-intelligence", "related-to", "soviet-invasion-of-poland", "1939-09-12", "", "Learned around 12 September that the Soviets would attack.", [430])
R("soviet-union", "invaded", "poland", "1939-09-17", "", "Entered the zone granted by the secret protocol.", [435, 436])
R("soviet-union", "participated-in", "soviet-invasion-of-poland", "1939-09-17", "1939-10-06", "", [433, 435])
R("red-army", "participated-in", "soviet-invasion-of-poland", "1939-09-17", "", "", [435, 438])
R("soviet-invasion-of-poland", "related-to", "secret-protocol-1939", "1939-09-17", "", "Usually seen as a direct outcome of the pact.", [435, 437])
R("united-kingdom", "opposed", "soviet-union", "1939-09-17", "", "Denounced the Soviet invasion without intervening.", [437])
R("france", "opposed", "soviet-union", "1939-09-17", "", "Denounced the Soviet invasion without intervening.", [437])
R("red-army", "participated-in", "brest-litovsk-parade", "1939-09", "", "", [438, 439])
R("wehrmacht", "participated-in", "brest-litovsk-parade", "1939-09", "", "", [439])
R("brest-litovsk-parade", "located-in", "brest", "1939-09", "", "", [439])
R("wehrmacht", "allied-with", "red-army", "1939-09", "", "Paraded jointly and handed over Brest.", [438, 439])
R("soviet-union", "occupied", "brest", "1939-09", "", "Occupation passed from the Germans to Soviet troops.", [439])
R("soviet-union", "occupied", "eastern-poland", "1939-09-17", "", "Took roughly its sphere under the protocol.", [439])
R("nazi-germany", "occupied", "poland", "1939-09", "", "Poland was fully occupied by 6 October.", [439])
R("soviet-union", "occupied", "poland", "1939-09-17", "", "Poland was fully occupied by 6 October.", [439])
R("supreme-soviet", "related-to", "eastern-poland", "1939-11", "", "Decreed the annexation.", [439])
R("soviet-union", "annexed", "eastern-poland", "1939-11", "", "", [439])
R("wehrmacht", "part-of", "nazi-germany", "", "", "", [439, 505])
R("gestapo", "participated-in", "gestapo-nkvd-conferences", "1939", "", "", [439])
R("nkvd", "participated-in", "gestapo-nkvd-conferences", "1939", "", "", [439])
R("gestapo-nkvd-conferences", "located-in", "zakopane", "", "", "The third and best-known conference.", [441])
R("gestapo-nkvd-conferences", "concerned", "polish-resistance", "1939", "", "Plans against the Polish resistance.", [439])
R("gestapo-nkvd-conferences", "concerned", "poland", "1939", "", "", [439])
R("gestapo", "allied-with", "nkvd", "1939", "", "Cooperated in occupied Poland and swapped prisoners.", [439, 443])
for p in ["margarete-buber-neumann", "alexander-weissberg-cybulski", "betty-olberg", "max-zucker"]:
    R("nkvd", "related-to", p, "", "", "Among prisoners exchanged with the Gestapo.", [443])
R("nazi-germany", "party-to", "german-soviet-frontier-treaty", "1939-09-28", "", "", [439, 448])
R("soviet-union", "party-to", "german-soviet-frontier-treaty", "1939-09-28", "", "", [439, 448])
R("vyacheslav-molotov", "signed", "german-soviet-frontier-treaty", "1939-09-28", "", "Signed in Moscow.", [448])
R("joachim-von-ribbentrop", "signed", "german-soviet-frontier-treaty", "1939-09-28", "", "Signed in Moscow.", [448])
R("joseph-stalin", "related-to", "german-soviet-frontier-treaty", "1939-09-28", "", "Present at the signing.", [439, 440])
R("joachim-von-ribbentrop", "visited", "moscow", "1939-09-28", "1939-09-28", "Signed the Frontier Treaty there.", [448])
R("german-soviet-frontier-treaty", "concerned", "poland", "1939-09-28", "", "Fixed the line through the former Polish state.", [448])
R("german-soviet-frontier-treaty", "related-to", "secret-protocol-1939", "1939-09-28", "", "Redrew the spheres set in August.", [446, 448])
R("frontier-treaty-secret-protocol", "part-of", "german-soviet-frontier-treaty", "1939-09-28", "", "", [448])
R("frontier-treaty-secret-protocol", "concerned", "lithuania", "1939-09-28", "", "Moved Lithuania into the Soviet zone.", [448])
R("adolf-hitler", "related-to", "lithuania", "1939-09-25", "", "Still meant to move into Lithuania when Moscow proposed new spheres.", [448])

# 1940 commercial pact
R("nazi-germany", "party-to", "german-soviet-commercial-agreement-1940", "1940-02-11", "", "", [453])
R("soviet-union", "party-to", "german-soviet-commercial-agreement-1940", "1940-02-11", "", "", [453])
R("german-soviet-commercial-agreement-1940", "succeeded", "german-soviet-commercial-agreement-1939", "1940-02-11", "", "More than four times larger.", [453])
R("soviet-union", "supplied", "nazi-germany", "1940-02-11", "1941-02", "First-year deliveries, helping Germany beat the British blockade.", [453],
  goods="cereals; wheat; oil; cotton; phosphates; other raw materials", under="german-soviet-commercial-agreement-1940")
R("soviet-union", "supplied", "nazi-germany", "1940", "", "Transit of soybeans from Manchuria.", [453], goods="transit of one million tons of soybeans", under="german-soviet-commercial-agreement-1940")
R("soviet-union", "related-to", "manchuria", "1940", "", "Carried Manchurian soybeans to Germany.", [453])
R("nazi-germany", "supplied", "soviet-union", "1940-02-11", "", "Promised in exchange for raw materials.", [453],
  goods="a naval cruiser; Bismarck plans; heavy naval guns; thirty warplanes incl. Bf 109, Bf 110, Ju 88; machinery, locomotives, turbines, generators, diesel engines, ships, machine tools; sample artillery, tanks, explosives, chemical-warfare gear",
  under="german-soviet-commercial-agreement-1940")
R("bismarck-plans", "related-to", "german-soviet-commercial-agreement-1940", "1940-02-11", "", "Promised to the Soviets.", [453])
R("soviet-union", "supplied", "nazi-germany", "1940", "", "Provided a northern submarine base to evade the British blockade.", [453], goods="submarine base Basis Nord")
R("soviet-union", "owned", "basis-nord", "", "", "Soviet territory near Murmansk.", [453, 454])
R("united-kingdom", "opposed", "nazi-germany", "1939-09-04", "", "Blockaded Germany at sea.", [425, 453])
R("soviet-union", "related-to", "german-soviet-commercial-agreement-1940", "1940-08", "1940-08", "Briefly halted deliveries amid August tensions.", [485])

# Finland
R("soviet-union", "related-to", "finland", "1938-04", "1939-04", "Sought an understanding in case Germany attacked through Finland.", [460])
for who in ["joseph-stalin", "vyacheslav-molotov", "vladimir-potemkin"]:
    R(who, "participated-in", "soviet-finnish-negotiations-1939", "1939-10-13", "1939-11-07", "Represented the USSR.", [460])
R("soviet-union", "participated-in", "soviet-finnish-negotiations-1939", "1939-10-13", "1939-11-07", "Asked for a mutual assistance pact, a lease of Hanko and land on the Karelian Isthmus.", [460])
R("finland", "participated-in", "soviet-finnish-negotiations-1939", "1939-10-13", "1939-11-07", "Refused the terms and left the talks on 7 November.", [460])
R("soviet-finnish-negotiations-1939", "located-in", "moscow", "1939-10-13", "", "", [460])
R("soviet-finnish-negotiations-1939", "concerned", "hanko", "1939-10-13", "", "Moscow asked to lease the base.", [460])
R("soviet-finnish-negotiations-1939", "concerned", "karelian-isthmus", "1939-10-13", "", "Moscow asked for a 70 km strip north of Leningrad.", [460])
R("soviet-union", "participated-in", "shelling-of-mainila", "1939-11-26", "", "Staged the shelling and blamed Finland.", [460])
R("shelling-of-mainila", "located-in", "mainila", "1939-11-26", "", "", [460])
R("finland", "party-to", "soviet-finnish-non-aggression-pact", "1932", "1939-11-28", "", [460])
R("soviet-union", "party-to", "soviet-finnish-non-aggression-pact", "1932", "1939-11-28", "Renounced it on 28 November 1939.", [460])
R("soviet-union", "invaded", "finland", "1939-11-30", "1940-03-13", "", [460])
R("soviet-union", "participated-in", "winter-war", "1939-11-30", "1940-03-13", "", [460])
R("finland", "participated-in", "winter-war", "1939-11-30", "1940-03-13", "", [460])
R("red-army", "participated-in", "winter-war", "1939-11-30", "1940-03-13", "Heavy losses exposed its weakness.", [462])
R("kliment-voroshilov", "commanded", "winter-war", "1939-11-30", "1940-01-07", "", [460, 462])
R("semyon-timoshenko", "commanded", "winter-war", "1940-01-07", "1940-03-13", "Replaced Voroshilov at the front.", [462])
R("semyon-timoshenko", "succeeded", "kliment-voroshilov", "1940-01-07", "", "As front commander and later as defence commissar.", [462])
R("semyon-timoshenko", "led", "peoples-commissariat-for-defence", "1940-05", "", "", [462, 475])
R("kliment-voroshilov", "led", "peoples-commissariat-for-defence", "", "1940-05", "Replaced by Timoshenko four months after leaving the front.", [462])
R("winter-war", "concerned", "helsinki", "1939-11-30", "", "Soviet bombers hit the city.", [460])
R("soviet-union", "founded", "finnish-democratic-republic", "1939-12-01", "", "Puppet government.", [460])
R("finnish-democratic-republic", "located-in", "terijoki", "1939-12-01", "", "", [460])
R("league-of-nations", "opposed", "soviet-union", "1939-12-14", "", "Expelled it for aggression.", [460, 461, 462])
R("red-army", "related-to", "mannerheim-line", "1940-02", "", "Broke through in mid-February 1940.", [462])
R("finland", "party-to", "moscow-peace-treaty", "1940-03-12", "", "", [462])
R("soviet-union", "party-to", "moscow-peace-treaty", "1940-03-12", "", "", [462])
for pl in ["karelian-isthmus", "ladoga-karelia", "salla", "kalastajasaarento"]:
    R("soviet-union", "annexed", pl, "1940-03-12", "", "Ceded by Finland in the Moscow Peace Treaty.", [462])
    R("moscow-peace-treaty", "concerned", pl, "1940-03-12", "", "", [462])
R("soviet-union", "occupied", "hanko", "1940-03-12", "", "Leased the naval base.", [462])
R("finland", "related-to", "nazi-germany", "1940", "", "The Winter War pushed Finland toward an accommodation with Germany.", [462])
R("nikita-khrushchev", "related-to", "winter-war", "", "", "Later claimed Soviet losses may have reached a million.", [462])
R("adolf-hitler", "related-to", "red-army", "1940", "", "Its poor Winter War showing fed his decision to attack.", [462])

# Baltic states
for st, ag, dt, ln in [("estonia", "soviet-estonian-mutual-assistance-treaty", "1939-09-28", 468),
                       ("latvia", "soviet-latvian-mutual-assistance-treaty", "1939-10-05", 470),
                       ("lithuania", "soviet-lithuanian-mutual-assistance-treaty", "1939-10-10", 472)]:
    R(st, "party-to", ag, dt, "", "Accepted under threat of war.", [473])
    R("soviet-union", "party-to", ag, dt, "", "Gained military bases.", [473])
    R("nazi-germany", "related-to", ag, dt, "", "Advised acceptance.", [473])
R("joseph-stalin", "opposed", "estonia", "1939", "", "Threatened war by ultimatum.", [473])
R("joseph-stalin", "opposed", "latvia", "1939", "", "Threatened war by ultimatum.", [473])
R("joseph-stalin", "opposed", "lithuania", "1939", "", "Threatened war by ultimatum.", [473])
R("estonia", "party-to", "baltic-entente", "1934", "", "", [475])
R("latvia", "party-to", "baltic-entente", "1934", "", "", [475])
R("lithuania", "party-to", "baltic-entente", "1934", "", "", [475])
R("vyacheslav-molotov", "opposed", "lithuania", "1940-05-25", "", "Accused Kaunas of provocations.", [475])
R("vyacheslav-molotov", "led", "soviet-ultimatum-to-lithuania-1940", "1940-06-14", "", "Presented the ultimatum.", [475])
R("soviet-ultimatum-to-lithuania-1940", "concerned", "lithuania", "1940-06-14", "", "", [475])
R("semyon-timoshenko", "participated-in", "soviet-occupation-of-the-baltic-states", "1940-06-14", "", "Ordered a full blockade of the three states.", [475])
R("soviet-air-force", "participated-in", "kaleva-incident", "1940-06-14", "", "Shot the airliner down.", [475])
R("kaleva-incident", "concerned", "finland", "1940-06-14", "", "A Finnish passenger plane.", [475])
R("kaleva-incident", "concerned", "tallinn", "1940-06-14", "", "The flight left Tallinn for Helsinki.", [475])
R("antanas-smetona", "led", "lithuania", "", "1940-06", "Lithuanian president.", [475])
R("antanas-smetona", "visited", "nazi-germany", "1940-06", "", "Fled there, then onward to Switzerland and the US.", [475])
R("antanas-smetona", "visited", "switzerland", "1940", "", "", [475])
R("antanas-smetona", "visited", "united-states", "1940", "", "", [475])
R("vladimir-dekanozov", "visited", "kaunas", "1940-06", "", "Sent as Soviet special envoy.", [475])
R("vladimir-dekanozov", "participated-in", "soviet-occupation-of-the-baltic-states", "1940-06", "", "", [475])
R("vyacheslav-molotov", "participated-in", "soviet-occupation-of-the-baltic-states", "1940-06-14", "1940-06-16", "Issued ultimatums to all three states.", [475])
R("soviet-union", "participated-in", "soviet-occupation-of-the-baltic-states", "1940-06", "1940", "", [475])
R("nkvd", "participated-in", "soviet-occupation-of-the-baltic-states", "1940-06", "", "Raided border posts.", [475])
R("wehrmacht", "related-to", "lithuania", "1940-06", "", "Massed along the Lithuanian border.", [475])
for st in ["estonia", "latvia", "lithuania"]:
    R("soviet-union", "occupied", st, "1940-06", "", "Troops entered after ultimatums; administrations replaced.", [475])
    R("soviet-union", "annexed", st, "1940", "", "Admitted into the USSR after staged elections.", [475, 507])
    R("soviet-occupation-of-the-baltic-states", "concerned", st, "1940-06", "", "", [475])
R("soviet-union", "opposed", "baltic-entente", "1939", "", "Later cited it to charge the Baltic governments with breaching the 1939 treaties.", [475])

# Romania and the west
R("soviet-union", "occupied", "bessarabia", "1940", "", "", [478, 480])
R("soviet-union", "occupied", "northern-bukovina", "1940", "", "", [478, 480])
R("soviet-union", "participated-in", "soviet-occupation-of-bessarabia-and-northern-bukovina", "1940", "", "", [478, 480])
R("soviet-occupation-of-bessarabia-and-northern-bukovina", "concerned", "romania", "1940", "", "Romania gave way.", [480])
R("nazi-germany", "related-to", "romania", "1940", "", "Pushed Romania to concede to Moscow.", [480])
R("italy", "related-to", "romania", "1940", "", "Counselled giving way.", [480])
R("nazi-germany", "party-to", "armistice-of-1940", "1940-06-22", "", "", [485, 505])
R("france", "party-to", "armistice-of-1940", "1940-06-22", "", "", [485, 505])
R("vichy-france", "related-to", "romania", "1940", "", "Romania followed its recent example of giving in.", [480])
R("nazi-germany", "participated-in", "battle-of-france", "1940", "1940-06-22", "", [475, 505])
R("nazi-germany", "invaded", "denmark", "1940-04-09", "", "", [505])
R("nazi-germany", "invaded", "norway", "1940-04-09", "", "", [505])
R("nazi-germany", "occupied", "netherlands", "1940-05-15", "", "The Dutch capitulated.", [505])
R("nazi-germany", "occupied", "belgium", "1940-06-02", "", "", [505])
R("wehrmacht", "occupied", "paris", "1940-06-14", "", "", [505])
R("andreas-hillgruber", "related-to", "nazi-germany", "", "", "Held that Germany needed Soviet supplies to win in the west.", [505])
R("alan-s-milward", "related-to", "nazi-germany", "", "", "Argued Germany was geared only for a brief war.", [505])
R("w-medicott", "related-to", "nazi-germany", "", "", "Argued Germany was geared only for a brief war.", [505])
R("rapoport", "related-to", "gestapo", "", "", "Reported the handover of German communists to it.", [505])
R("derek-watson", "related-to", "geoffrey-roberts", "", "", "Supports his dating of the policy change.", [541])
R("jonathan-haslam", "related-to", "geoffrey-roberts", "", "", "Supports his dating of the policy change.", [541])

# Axis talks and 1941
R("nazi-germany", "party-to", "tripartite-pact", "1940", "", "", [490])
R("japan", "party-to", "tripartite-pact", "1940", "", "", [490])
R("italy", "party-to", "tripartite-pact", "1940", "", "", [490])
R("nazi-germany", "member-of", "axis-powers", "", "", "", [490])
R("italy", "member-of", "axis-powers", "", "", "", [490])
R("japan", "member-of", "axis-powers", "", "", "Axis power.", [490, 500])
R("joachim-von-ribbentrop", "related-to", "joseph-stalin", "1940-10", "", "Wrote to him about an Axis-Soviet partnership.", [490])
R("joseph-stalin", "participated-in", "berlin-axis-talks-1940", "1940", "", "Sent Molotov and answered with a written counterproposal.", [490])
R("vyacheslav-molotov", "participated-in", "berlin-axis-talks-1940", "1940", "", "Negotiated in Berlin.", [490])
R("joachim-von-ribbentrop", "participated-in", "berlin-axis-talks-1940", "1940", "", "Pressed Molotov on a new secret protocol.", [490])
R("vyacheslav-molotov", "visited", "berlin", "1940", "", "", [490])
R("vyacheslav-molotov", "met", "joachim-von-ribbentrop", "1940", "", "In Berlin.", [490])
R("berlin-axis-talks-1940", "concerned", "axis-powers", "1940", "", "A Soviet place in a four-power Axis.", [490])
R("nazi-germany", "party-to", "german-soviet-border-and-commercial-agreement-1941", "1941-01-10", "", "", [495])
R("soviet-union", "party-to", "german-soviet-border-and-commercial-agreement-1941", "1941-01-10", "", "", [495])
R("german-soviet-border-and-commercial-agreement-1941", "related-to", "german-soviet-commercial-agreement-1940", "1941-01-10", "1942-08-01", "Extended its trade terms to August 1942.", [495])
R("german-soviet-border-and-commercial-agreement-1941", "related-to", "frontier-treaty-secret-protocol", "1941-01-10", "", "Germany dropped a Lithuanian claim for 7.5 million dollars.", [495])
R("german-soviet-border-and-commercial-agreement-1941", "concerned", "igorka-river", "1941-01-10", "", "Border from the Igorka to the Baltic.", [495])
R("german-soviet-border-and-commercial-agreement-1941", "concerned", "baltic-sea", "1941-01-10", "", "", [495])
R("german-soviet-border-and-commercial-agreement-1941", "concerned", "bessarabia", "1941-01-10", "", "Settled trading rights there.", [495])
R("german-soviet-border-and-commercial-agreement-1941", "concerned", "lithuania", "1941-01-10", "", "", [495])
R("soviet-union", "supplied", "nazi-germany", "1941-01-10", "1941-06-22", "", [495], goods="feed grains; oil; phosphate; iron ore; chromium; other raw materials", under="german-soviet-border-and-commercial-agreement-1941")
R("nazi-germany", "supplied", "soviet-union", "1941-01-10", "1941-06-22", "", [495], goods="new weapons", under="german-soviet-border-and-commercial-agreement-1941")
R("soviet-union", "party-to", "soviet-japanese-neutrality-pact", "1941-04-13", "", "Signed partly to reassure Germany.", [500])
R("japan", "party-to", "soviet-japanese-neutrality-pact", "1941-04-13", "", "", [500])
R("adolf-hitler", "led", "operation-barbarossa", "1940", "1941-06-22", "Discussed it from summer 1940 and ordered preparations late that year.", [500])
R("joseph-stalin", "related-to", "gestapo", "1939", "", "Said to have turned some 600 German communists over to Gestapo custody at Brest.", [505])

# Soviet Germans
R("volga-german-assr", "related-to", "soviet-german-emigration-crisis-1929", "1929", "", "Home of much of the Soviet German minority.", [513, 514])
R("soviet-german-emigration-crisis-1929", "located-in", "moscow", "1929-09", "", "", [514])
R("soviet-german-emigration-crisis-1929", "concerned", "canada", "1929-09", "", "Where the peasants wished to emigrate.", [514])
R("paul-von-hindenburg", "financed", "brothers-in-need", "1929", "", "Gave his own money.", [514])
R("paul-von-hindenburg", "led", "weimar-germany", "", "", "President of the republic.", [514])
R("brothers-in-need", "related-to", "soviet-german-emigration-crisis-1929", "1929", "", "Collected funds for Germans in the USSR.", [514])
R("central-committee", "related-to", "soviet-anti-german-campaign", "1934-11-05", "", "Its decree widened the campaign to the whole Union.", [519])
R("nkvd", "participated-in", "german-operation-of-the-nkvd", "1937", "1938", "", [519])
R("german-operation-of-the-nkvd", "part-of", "great-purge", "1937", "1938", "", [519])
R("nkvd", "participated-in", "soviet-anti-german-campaign", "1935", "1938", "Deported Germans from the western border zone and ran the German operation.", [519])
R("german-operation-of-the-nkvd", "part-of", "soviet-anti-german-campaign", "1937", "1938", "", [519])
R("soviet-anti-german-campaign", "concerned", "volga-german-assr", "1937", "1938", "German schools and districts elsewhere were closed; only the Volga republic kept them.", [519])
R("soviet-union", "participated-in", "deportation-of-soviet-germans-1941", "1941", "", "", [519])
R("deportation-of-soviet-germans-1941", "concerned", "siberia", "1941", "", "", [519])
R("deportation-of-soviet-germans-1941", "concerned", "soviet-central-asia", "1941", "", "", [519])
R("deportation-of-soviet-germans-1941", "related-to", "operation-barbarossa", "1941", "", "Carried out right after the invasion.", [519])

# Barbarossa and after
R("nazi-germany", "invaded", "soviet-union", "1941-06-22", "", "Ended the pact.", [57, 527])
R("nazi-germany", "participated-in", "operation-barbarossa", "1941-06-22", "", "", [527])
R("soviet-union", "participated-in", "operation-barbarossa", "1941-06-22", "", "Suffered huge losses of men, tanks and aircraft.", [527])
R("operation-barbarossa", "related-to", "molotov-ribbentrop-pact", "1941-06-22", "", "The invasion broke the pact.", [527])
R("operation-barbarossa", "related-to", "volga-german-assr", "1941", "", "Taxes on Soviet Germans rose and settlements were banished east.", [311, 312, 313])
R("united-states", "related-to", "secret-protocol-1939", "1945", "", "Its forces received the microfilmed copy.", [532])
R("baltic-way", "related-to", "secret-protocol-1939", "1989-08-23", "", "Led to Soviet admission of the protocol.", [532])

# Historiography of the rapprochement
R("david-kandelaki", "served-in", "soviet-union", "1935", "1936", "Trade representative in Berlin.", [539])
R("david-kandelaki", "related-to", "nazi-germany", "1935", "1936", "Tried political talks for Stalin and Molotov without Litvinov's knowledge.", [539])
R("vyacheslav-molotov", "related-to", "supreme-soviet", "1936-01", "", "Speech to its Central Executive Committee read as a policy shift.", [539])
R("walter-krivitsky", "served-in", "nkvd", "", "1937", "Agent until his 1937 defection in the Netherlands.", [539])
R("walter-krivitsky", "visited", "netherlands", "1937", "", "Defected there.", [539])
R("vladimir-potemkin", "served-in", "narkomindel", "", "", "Litvinov's deputy.", [539])
R("vladimir-potemkin", "met", "robert-coulondre", "1938", "", "Hinted at a new partition of Poland.", [539])
R("robert-coulondre", "ambassador-to", "soviet-union", "1938", "", "French ambassador.", [539])
R("nazi-germany", "occupied", "czechoslovakia", "1939-03", "", "Shortly before Stalin's March 1939 speech.", [539])
R("joseph-stalin", "participated-in", "eighteenth-party-congress", "1939-03-10", "", "Speech seen by some as a signal to Berlin.", [61, 539])
R("eighteenth-party-congress", "concerned", "all-union-communist-party", "1939-03", "", "", [539])
R("aleksey-merekalov", "met", "ernst-von-weizsacker", "1939-04-17", "1939-04-17", "", [539, 541])
R("ernst-von-weizsacker", "served-in", "german-foreign-office", "1939", "", "State secretary.", [539, 540])
R("geoffrey-roberts", "related-to", "aleksey-merekalov", "", "", "Disputed that the April 1939 meeting carried a Soviet signal.", [541])

# ambassadors lists
for who, st, a, b in [("aleksey-merekalov", "nazi-germany", "1938", "1939"), ("georgy-astakhov", "nazi-germany", "1939", "1939"),
                      ("alexey-shkvartsev", "nazi-germany", "1939", "1940"), ("vladimir-dekanozov", "nazi-germany", "1940", "1941"),
                      ("yakov-surits", "nazi-germany", "1934", "1937"), ("konstantin-yurenev", "nazi-germany", "1937", "1937"),
                      ("lev-khinchuk", "weimar-germany", "1930", "1933"), ("lev-khinchuk", "nazi-germany", "1933", "1934")]:
    R(who, "ambassador-to", st, a, b, "Soviet envoy in Berlin.", [551])
R("karl-helfferich", "ambassador-to", "russian-sfsr", "", "", "Listed after Mirbach as German ambassador in Moscow; no dates given.", [556])
R("rudolf-nadolny", "ambassador-to", "soviet-union", "1933", "1934", "", [558])


def main():
    rels = [r for r in RELATIONS if r is not None]
    ecols = ["id", "kind", "name", "aliases", "start", "end", "group", "description", "sources"]
    rcols = ["subject", "predicate", "object", "start", "end", "weight", "note", "sources", "goods", "under"]
    with open(os.path.join(HERE, "entities.a.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ecols, lineterminator="\n")
        w.writeheader()
        for e in sorted(ENTITIES, key=lambda e: e["id"]):
            w.writerow(e)
    with open(os.path.join(HERE, "relations.a.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, rcols, lineterminator="\n")
        w.writeheader()
        for r in sorted(rels, key=lambda r: (r["subject"], r["predicate"], r["object"], r["start"])):
            w.writerow(r)
    print(len(ENTITIES), "entities,", len(rels), "relations")


if __name__ == "__main__":
    main()
