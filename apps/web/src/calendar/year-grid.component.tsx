import { datesOfYear, isWeekend } from '@keystone/domain';
import type { CalendarYearView } from '../api/api.types';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

type DayKind = 'holiday' | 'make-up' | 'weekend' | 'workday';
const MARKS: Record<DayKind, string> = { holiday: '休', 'make-up': '班', weekend: '', workday: '' };

/** The year as a wall calendar: days off (休) and make-up working days (班) where they fall, so a reader checks them against the notice. */
export function YearGrid({ schedule }: { schedule: CalendarYearView }) {
  const off = new Set([...schedule.holidays, ...schedule.nonWorkingWeekdays]);
  const working = new Set([...schedule.makeUpWorkdays, ...schedule.workingWeekendDays]);
  const kindOf = (date: string): DayKind => (working.has(date) ? 'make-up' : off.has(date) ? 'holiday' : isWeekend(date) ? 'weekend' : 'workday');
  const months = Array.from({ length: 12 }, (_, index) => datesOfYear(schedule.year).filter((date) => Number(date.slice(5, 7)) === index + 1));
  return (
    <div className="year-grid" data-testid="year-grid">
      {months.map((dates, index) => (
        <table key={index} className="month-grid" aria-label={`${schedule.year}年${index + 1}月`}>
          <caption>{index + 1}月</caption>
          <thead>
            <tr>
              {WEEKDAYS.map((day) => (
                <th key={day}>{day}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeksOf(dates).map((week, row) => (
              <tr key={row}>
                {week.map((date, column) =>
                  date ? (
                    <td key={date} className={kindOf(date)} data-date={date} title={`${date}${MARKS[kindOf(date)] && ` ${MARKS[kindOf(date)]}`}`}>
                      {Number(date.slice(8))}
                      {MARKS[kindOf(date)] && <span className="day-mark">{MARKS[kindOf(date)]}</span>}
                    </td>
                  ) : (
                    <td key={`blank-${column}`} />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

/** A month's dates in rows of Monday to Sunday, blanks before the 1st and after the last. */
function weeksOf(dates: string[]): (string | undefined)[][] {
  const lead = (new Date(`${dates[0]}T00:00:00Z`).getUTCDay() + 6) % 7;
  const cells: (string | undefined)[] = [...Array<undefined>(lead).fill(undefined), ...dates];
  while (cells.length % 7) cells.push(undefined);
  return Array.from({ length: cells.length / 7 }, (_, row) => cells.slice(row * 7, row * 7 + 7));
}
