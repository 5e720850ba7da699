# datetime arithmetic: dates, timedeltas, weekdays, ISO formats, time zones with fixed offsets,
# calendar helpers
import calendar
from datetime import date, datetime, time, timedelta, timezone

d = date(2026, 2, 27)
print(d + timedelta(days=3), d.isoweekday(), d.strftime("%a %b %d %Y"), d.replace(day=1).weekday())
print((date(2026, 12, 25) - d).days, date.fromisoformat("2024-02-29").toordinal(), date.fromordinal(739000))
dt = datetime(2026, 11, 24, 23, 30, 15, 123456)
print(dt.isoformat(), dt + timedelta(hours=1, minutes=45), dt.timetuple()[:6], dt.microsecond)
utc = dt.replace(tzinfo=timezone.utc)
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(utc.astimezone(ist), utc.astimezone(ist).tzname(), utc.utcoffset(), utc.timestamp())
print(datetime.fromisoformat("2026-03-01T12:00:00+02:00").astimezone(timezone.utc))
print(datetime.strptime("24/11/2026 07:08", "%d/%m/%Y %H:%M"), time(9, 5).strftime("%I:%M %p"))
td = timedelta(days=1, seconds=3700, microseconds=5)
print(td, td.total_seconds(), -td, td * 3, td // timedelta(minutes=7), abs(timedelta(hours=-2)))
print(sorted([date(2025, 1, 1), date(2024, 6, 1), date(2024, 1, 31)]), max(dt, dt - td))
print(calendar.isleap(2024), calendar.leapdays(2000, 2100), calendar.monthrange(2026, 2), calendar.weekday(2026, 11, 24))
print(calendar.month(2026, 11))
days = [d + timedelta(days=i) for i in range(0, 60, 7)]
print([x.strftime("%m/%d") for x in days], sum((x - d for x in days), timedelta()))
