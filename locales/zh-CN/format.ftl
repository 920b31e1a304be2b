# 数字与日期的写法：天数、缺失值、长日期。

days = { $days } 天
day-none = 无
date-long = { $year }年{ $month }月{ $day }日
month-1 = 1
month-2 = 2
month-3 = 3
month-4 = 4
month-5 = 5
month-6 = 6
month-7 = 7
month-8 = 8
month-9 = 9
month-10 = 10
month-11 = 11
month-12 = 12
