# babel: dates, numbers, currencies and plurals formatted in a few locales (CLDR data).
import mod_libs
mod_libs.need(("babel", "python3-babel"))
import datetime
from decimal import Decimal
from babel import Locale, numbers, dates, units, lists
from babel.plural import PluralRule

d = datetime.date(2024, 2, 29)
dt = datetime.datetime(2024, 2, 29, 15, 4, 5)
for loc in ["en_US", "de_DE", "fr_FR", "ja_JP", "ar_EG", "pt_BR"]:
    L = Locale.parse(loc)
    print(loc, L.display_name, L.english_name, L.text_direction)
    print(" ", dates.format_date(d, format="full", locale=loc), "|", dates.format_date(d, format="short", locale=loc))
    print(" ", dates.format_datetime(dt, format="medium", tzinfo=datetime.timezone.utc, locale=loc))
    print(" ", numbers.format_decimal(1234567.891, locale=loc), numbers.format_currency(Decimal("1234.5"), "EUR", locale=loc),
          numbers.format_percent(0.256, locale=loc), numbers.format_scientific(12345, locale=loc))
    print(" ", lists.format_list(["a", "b", "c"], locale=loc), L.plural_form(1), L.plural_form(5), L.currencies["USD"])
print(dates.format_timedelta(datetime.timedelta(hours=3, minutes=5), locale="en"), dates.format_timedelta(datetime.timedelta(days=-40), add_direction=True, locale="de"))
print(numbers.parse_decimal("1.234,5", locale="de"), numbers.parse_number("1,234", locale="en"), numbers.get_currency_symbol("JPY", locale="ja"))
print(units.format_unit(12, "length-meter", locale="fr"), units.format_unit(3.5, "duration-hour", length="short", locale="en"))
rule = PluralRule({"one": "n is 1", "few": "n in 2..4"})
print([rule(n) for n in range(6)], Locale("en").languages["de"], Locale("de").territories["US"])
print(dates.format_time(datetime.time(9, 5), "HH:mm a", locale="en"), dates.get_month_names("wide", locale="es")[3])
