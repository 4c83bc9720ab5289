"""Date-tagger cases: (sentence, publication date or None, expected [(mention text, value)]).

Sentences come from the seed and dev articles or are standard newswire phrasings. An empty expected
list means the sentence holds no date (durations, ages, money, URLs, quantities...).
`XFAIL` lists the rows the tagger is known to get wrong, with the reason.
"""
from __future__ import annotations

from datetime import date

Row = tuple[str, date | None, list[tuple[str, str]]]

D_003 = date(2021, 7, 10)    # seed 003, a Saturday
D_SEBI = date(2020, 12, 31)  # dev 073, a Thursday
D_1998 = date(1998, 1, 8)    # a Thursday, TimeBank-style
D_1989 = date(1989, 10, 26)  # a Thursday

ABSOLUTE: list[Row] = [
    ("in front of a propaganda poster in Beijing, April 22, 2021.", D_003, [("April 22, 2021", "2021-04-22")]),
    ("reemerging in Tokyo with his family in November 2020.", None, [("November 2020", "2020-11")]),
    ("has been conducting business rectification proactively since 2020", None, [("2020", "2020")]),
    ("“Before 2020, Beijing’s hands-off approach nurtured the phenomenal rise", None, [("2020", "2020")]),
    ("A 2015 file photo shows Xi Jinping shaking hands with Jack Ma.", None, [("2015", "2015")]),
    ("had already pointed the finger at him in the 2015 China stock market crash.", None, [("2015", "2015")]),
    ("authorities granted under a 2019 order to protect the digital supply chain", None, [("2019", "2019")]),
    ("In 2018, Silver Lake Management LLC invested at least $500 million", None, [("2018", "2018")]),
    ("proposed eight major tasks for economic work in 2021, one of which", None, [("2021", "2021")]),
    ("On November 28, 2020, SEBI fined Rs.16.97 crores on Prannoy Roy", D_SEBI, [("November 28, 2020", "2020-11-28")]),
    ("Now when New Year approaches on Dec 29, 2020 evening", D_SEBI, [("Dec 29, 2020", "2020-12-29")]),
    ("as of Dec. 31, 2015.", None, [("Dec. 31, 2015", "2015-12-31")]),
    ("The celebration on 4 July 2021 drew crowds.", None, [("4 July 2021", "2021-07-04")]),
    ("It was signed on the 17th of March, 2019.", None, [("the 17th of March, 2019", "2019-03-17")]),
    ("The filing is dated 2021-07-04.", None, [("2021-07-04", "2021-07-04")]),
    ("The order dated 24-12-2020 was published.", None, [("24-12-2020", "2020-12-24")]),
    ("The order dated 08-09-2020 was published.", None, [("08-09-2020", "2020-09-08")]),
    ("The memo dated 07/04/2021 was leaked.", None, [("07/04/2021", "2021-07-04")]),
    ("The memo dated 10/26/89 was leaked.", None, [("10/26/89", "1989-10-26")]),
    ("Shares fell in mid-2019 as trade tensions rose.", None, [("mid-2019", "2019")]),
    ("The company was founded in the 1990s.", None, [("1990s", "199")]),
    ("music of the '80s", None, [("'80s", "198")]),
    ("Profit rose in fiscal 2020.", None, [("2020", "2020")]),
    ("Revenue for FY21 beat forecasts.", None, [("FY21", "2021")]),
    ("Sales in Q1 2021 rose 5%.", None, [("Q1 2021", "2021-Q1")]),
    ("Earnings in the second half of 2020 improved.", None, [("the second half of 2020", "2020-H2")]),
    ("the first quarter of 2021", None, [("the first quarter of 2021", "2021-Q1")]),
    ("Output fell in spring 2020.", None, [("spring 2020", "2020-SP")]),
    ("the summer of 2019", None, [("the summer of 2019", "2019-SU")]),
    ("between Rs.127 to Rs.140 during 2009 to 2010.", None, [("2009", "2009"), ("2010", "2010")]),
    ("The 2019-20 season was cut short.", None, [("2019", "2019"), ("20", "2020")]),
    ("between 2010 and 2017.", None, [("2010", "2010"), ("2017", "2017")]),
    ("in 2015, 2016 and 2017", None, [("2015", "2015"), ("2016", "2016"), ("2017", "2017")]),
    ("Trump's 2016 campaign", None, [("2016", "2016")]),
    ("2020 was a difficult year for airlines.", None, [("2020", "2020")]),
    ("the 21st century", None, [("the 21st century", "20")]),
    ("The data goes back to November of 2020.", None, [("November of 2020", "2020-11")]),
    ("Sat, 10 Jul 2021 08:22:00 GMT", None, [("10 Jul 2021", "2021-07-10")]),
]

RELATIVE: list[Row] = [
    ("On July 4, the country’s Internet regulator ordered the removal of its app.", D_003,
     [("July 4", "2021-07-04")]),
    ("Both Zhipin.com’s owner and Full Truck Alliance went public last month in the U.S.", D_003,
     [("last month", "2021-06")]),
    ("This is reflected in the recent passage in June of a national data security law.", D_003,
     [("June", "2021-06")]),
    ("The board met in December to approve the plan.", D_003, [("December", "2020-12")]),
    ("The board will meet in December to approve the plan.", D_003, [("December", "2021-12")]),
    ("on Tuesday (Dec 29), the market regulator levied a penalty", D_SEBI, [("Tuesday (Dec 29)", "2020-12-29")]),
    ("In a 37-page order dated December 29, SEBI said", D_SEBI, [("December 29", "2020-12-29")]),
    ("Softbank Group Corp said on Tuesday it will sell at least $7.9 billion of shares", date(2016, 6, 1),
     [("Tuesday", "2016-05-31")]),
    ("the company said on Friday.", D_1998, [("Friday", "1998-01-02")]),
    ("The company will report results on Friday.", D_1998, [("Friday", "1998-01-09")]),
    ("He arrived yesterday.", D_1998, [("yesterday", "1998-01-07")]),
    ("Markets are calm today.", D_1998, [("today", "1998-01-08")]),
    ("The vote is tomorrow.", D_1998, [("tomorrow", "1998-01-09")]),
    ("Sales rose last year.", D_1998, [("last year", "1997")]),
    ("Sales will rise next year.", D_1998, [("next year", "1999")]),
    ("Sales rose this year.", D_1998, [("this year", "1998")]),
    ("Shares rose earlier this year.", D_1998, [("earlier this year", "1998")]),
    ("Sales fell last week.", D_1998, [("last week", "1998-W01")]),
    ("Talks resume this week.", D_1998, [("this week", "1998-W02")]),
    ("Sales rose this month.", D_1998, [("this month", "1998-01")]),
    ("Profit fell in the fourth quarter.", D_1998, [("the fourth quarter", "1997-Q4")]),
    ("Profit rose in the first quarter.", D_1998, [("the first quarter", "1998-Q1")]),
    ("Delta earnings soared in the fiscal first quarter.", D_1989, [("the fiscal first quarter", "1989-Q1")]),
    ("The plant closed two years ago.", D_1998, [("two years ago", "1996")]),
    ("The plant closed a year ago.", D_1998, [("a year ago", "1997")]),
    ("The plant closed six months ago.", D_1998, [("six months ago", "1997-07")]),
    ("Demand will recover by the end of the year.", D_1998, [("the end of the year", "1998")]),
    ("Year-end bonuses were cut.", D_1998, [("Year-end", "1998")]),
    ("Officials met last summer.", D_1998, [("last summer", "1997-SU")]),
    ("Officials met on Christmas.", D_1998, [("Christmas", "1997-12-25")]),
    ("Talks were held over the weekend.", D_1998, [("the weekend", "1998-W01-WE")]),
    ("He spoke this morning.", D_1998, [("this morning", "1998-01-08TMO")]),
    ("The date seems to be clear, next November 5th, the day on which it lists.", date(2020, 10, 31),
     [("next November 5th", "2020-11-05")]),
    ("could be ready before the Nov. 3 election", date(2020, 10, 14), [("Nov. 3", "2020-11-03")]),
    ("New Delhi/Mumbai, September 7 The Enforcement Directorate (ED) on Monday arrested", date(2020, 9, 8),
     [("September 7", "2020-09-07"), ("Monday", "2020-09-07")]),
    ("The index fell in the 1980s and this decade.", D_1998, [("1980s", "198"), ("this decade", "199")]),
    ("Ma was interviewed on the 17th.", date(2020, 12, 24), [("the 17th", "2020-12-17")]),
]

UNDATED: list[Row] = [
    ("was slapped with a nearly $1 billion fine by the country’s top securities regulator on Friday", None,
     [("Friday", "XXXX-WXX-5")]),
    ("Last month, in a shake-up, two longtime executives were put in charge.", None, [("Last month", "XXXX-XX")]),
    ("Alibaba Group announced in March that it would become a holding company", None, [("March", "XXXX-03")]),
    ("discussed the idea in a Sept. 30 meeting in the White House Situation Room", None,
     [("Sept. 30", "XXXX-09-30")]),
    ("On Dec. 18, Alipay took down all of its deposit products.", None, [("Dec. 18", "XXXX-12-18")]),
    ("according to a source quoted by Free Asia on the 17th.", None, [("the 17th", "XXXX-XX-17")]),
    ("back in early November, Chinese billionaire Jack Ma tried to salvage", None,
     [("early November", "XXXX-11")]),
    ("On November 2, a few days before the listing", None, [("November 2", "XXXX-11-02")]),
    ("an epidemic this year, and the authorities have repeatedly stressed", None, [("this year", "XXXX")]),
    ("a victory next month over Trump", None, [("next month", "XXXX-XX")]),
    ("at the launch of the shopping festival this Wednesday", None, [("this Wednesday", "XXXX-WXX-3")]),
]

NOT_DATES: list[Row] = [
    ("The fine came nearly three years after the authorities halted the IPO.", None, []),
    ("Wu Xiaohui was sentenced to 18 years in prison.", None, []),
    ("The policy has been in place for six months.", None, []),
    ("He was detained for 10 days.", None, []),
    ("The 45-year-old executive resigned.", None, []),
    ("Shares rose over 6% as of 10 a.m.", None, []),
    ("The stake is worth $2,015 and 2015 million yuan and €2019.", None, []),
    ("Read https://x.com/2021/07/05/didi and assets/images/24-12-2020/photo.jpg", None, []),
    ("See gettyimages-2015.jpeg for the picture.", None, []),
    ("Call +1 202-555-0147 for details.", None, []),
    ("Dresden Marks the 80th Anniversary of the World War II Bombing.", None, []),
    ("He celebrated his 75th birthday.", None, []),
    ("The firm has 2,000 employees and sold 1,500 shares.", None, []),
    ("Huawei's rush into 5G mobile networks during COVID-19", None, []),
    ("The chain opened in 2,000 stores.", None, []),
    ("The index rose to 2015 points.", None, []),
    ("It said Rs 2000 crore was raised.", None, []),
    ("a crowdfunding platform for medical costs in recent years", None, []),
    ("It was a year or so ago, at the height of the rhetoric.", D_003, []),
    ("A month later, Chinese regulators ordered Ant Group to revamp its business.", None, []),
    ("The company took down its products a few days ago.", None, []),
    ("Why now? Recently the regulator acted.", D_003, []),
    ("over the past year and the last decade", D_1998, []),
    ("The British newspaper Sunday Telegraph said.", None, []),
    ("He told USA Today that stocks fell on Black Monday.", None, []),
    ("Its stake will fall to about 28 percent.", None, []),
    ("May I ask whether he may resign in the second round?", None, []),
    ("Jack and June met April Smith.", None, []),
    ("The H1 visa and the Q7 car.", None, []),
]

# Newswire phrasings (TimeBank-style publication dates) that pin down specific rules.
NEWSWIRE: list[Row] = [
    ("The Wall Street Journal, founded in 1889, moved in the 1920s.", None,
     [("1889", "1889"), ("1920s", "192")]),
    ("Loans stood at $2 billion as of end-2020.", None, [("end-2020", "2020")]),
    ("Mr. Smith was named president effective Nov. 1.", D_1989, [("Nov. 1", "1989-11-01")]),
    ("The plan, announced three weeks ago, takes effect Jan. 1.", D_1989,
     [("three weeks ago", "1989-W40"), ("Jan. 1", "1990-01-01")]),
    ("A decade ago it was private.", D_1989, [("A decade ago", "1979")]),
    ("Trading was halted Oct. 13 and resumed on Monday.", D_1989,
     [("Oct. 13", "1989-10-13"), ("Monday", "1989-10-23")]),
    ("The company will hold its annual meeting Nov. 15.", D_1989, [("Nov. 15", "1989-11-15")]),
    ("On Monday Ant Group said it would comply.", D_003, [("Monday", "2021-07-05")]),
    ("told Reuters on Sunday.", D_003, [("Sunday", "2021-07-04")]),
    ("Stocks rose Wednesday; bonds fell Tuesday afternoon.", D_1989,
     [("Wednesday", "1989-10-25"), ("Tuesday afternoon", "1989-10-24TAF")]),
    ("in 2020-21 and between 2018-2020", None,
     [("2020", "2020"), ("21", "2021"), ("2018", "2018"), ("2020", "2020")]),
    ("Analysts expect first-half 1990 profit to rise.", D_1989, [("first-half 1990", "1990-H1")]),
    ("The Mail on Sunday and the Sunday Times reported it.", D_003, []),
    ("The board meets every Monday and each March.", D_003, []),
    ("The rally ended by 2000 GMT.", None, []),
    ("A total of 2000 was raised.", None, []),
    ("Room 1989, Windows 2000, No. 1999 and the 1999th visitor.", None, []),
]

# Rows the tagger is known to get wrong: sentence -> why. They run as strict xfails.
KNOWN_WRONG: list[Row] = [
    ("A court in Amsterdam hears the arguments in September.", date(2025, 5, 15), [("September", "2025-09")]),
    ("On July 4, the regulator acted. This came two days after it opened an investigation.", D_003,
     [("July 4", "2021-07-04"), ("two days after", "2021-07-02")]),
]
XFAIL: dict[str, str] = {
    KNOWN_WRONG[0][0]: "present tense used for a scheduled event carries no tense cue, so the past September wins",
    KNOWN_WRONG[1][0]: "anchored expressions ('two days after' a named date) are not resolved",
}

ROWS: list[Row] = ABSOLUTE + RELATIVE + UNDATED + NOT_DATES + NEWSWIRE + KNOWN_WRONG
