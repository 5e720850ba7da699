# dateutil: parsing, relative deltas, recurrence rules and time zones.
import mod_libs
mod_libs.need(("dateutil", "python3-dateutil"), ("six", "python3-six"))
import datetime
from dateutil import parser, relativedelta, rrule, tz, easter

for s in ["2003-09-25T10:49:41", "Thu Sep 25 10:36:28 BRST 2003", "25 Sep 2003", "09/25/2003 10:49 PM",
          "2003.Sep.25", "Sep 25 2003 3pm", "20030925T104941-0300", "10:36", "Wed, 02 Oct 2002 13:00:00 GMT"]:
    try:
        print(s, "->", parser.parse(s, default=datetime.datetime(2003, 1, 1), tzinfos={"BRST": -10800}))
    except (ValueError, OverflowError) as e:
        print(s, "-> error", e)
print(parser.parse("10 Oct 2024 noon", fuzzy=True) if False else parser.parse("Today is 25 of Sep 2003", fuzzy=True))
print(parser.isoparse("2018-12-31T23:59:59.123456+05:30"), parser.parse("1/2/3", dayfirst=True), parser.parse("1/2/3", yearfirst=True))
d = datetime.datetime(2024, 1, 31, 12, 0)
rd = relativedelta.relativedelta
print(d + rd(months=1), d + rd(months=+1, days=-1, hour=9), d + rd(weekday=relativedelta.FR(+2)), d - rd(years=1, leapdays=1))
print(rd(datetime.date(2024, 3, 15), datetime.date(2021, 7, 1)), rd(hours=49).normalized(), rd(months=14) * 2, -rd(days=3))
r = rrule.rrule(rrule.WEEKLY, count=6, byweekday=(rrule.MO, rrule.TH), dtstart=datetime.datetime(2024, 2, 26, 9))
print([x.strftime("%a %Y-%m-%d") for x in r])
print(list(rrule.rrulestr("DTSTART:20240101T000000\nRRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=5")))
print(r.after(datetime.datetime(2024, 3, 1)), r.before(datetime.datetime(2024, 3, 1)), r.count())
rs = rrule.rruleset()
rs.rrule(rrule.rrule(rrule.DAILY, count=5, dtstart=datetime.datetime(2024, 1, 1)))
rs.exdate(datetime.datetime(2024, 1, 3))
print(list(rs))
utc = tz.tzutc()
off = tz.tzoffset("X", 3600 * 5 + 1800)
print(datetime.datetime(2024, 6, 1, 12, tzinfo=utc).astimezone(off), off.utcoffset(None), tz.tzstr("EST5EDT,M3.2.0,M11.1.0").utcoffset(datetime.datetime(2024, 7, 1)))
print([str(easter.easter(y)) for y in (2024, 2025, 2038)])
print(parser.parse("2024-03-10 02:30 -0500").tzinfo, tz.UTC, datetime.datetime(2020, 1, 1, tzinfo=tz.gettz("UTC")))
