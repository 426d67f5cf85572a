import { readScheduleLines, scheduleText } from './schedule-lines';

describe('a year’s schedule typed one date or span a line', () => {
  it('reads single dates and spans, with the notice’s words around them', () => {
    const { dates, unread } = readScheduleLines('元旦：2027-01-01 至 2027-01-03\n\n2027-05-01~2027-05-02\n  2027-10-08  \n');
    expect(dates).toEqual(['2027-01-01', '2027-01-02', '2027-01-03', '2027-05-01', '2027-05-02', '2027-10-08']);
    expect(unread).toEqual([]);
  });

  it('spans the turn of a month', () => {
    expect(readScheduleLines('2027-01-30 到 2027-02-02').dates).toEqual(['2027-01-30', '2027-01-31', '2027-02-01', '2027-02-02']);
  });

  it('returns, by line number, lines without a date, dates that do not exist and spans that run backwards or far too long', () => {
    const { dates, unread } = readScheduleLines('2027-01-01\n春节七天\n2027-02-30\n2027-02-10 至 2027-02-05\n2027-01-01 至 2027-03-01');
    expect(dates).toEqual(['2027-01-01']);
    expect(unread.map((line) => line.line)).toEqual([2, 3, 4, 5]);
    expect(unread[0].text).toBe('春节七天');
  });

  it('writes stored dates back as lines, joining consecutive days into spans', () => {
    const text = scheduleText(['2027-02-11', '2027-01-01', '2027-02-10', '2027-02-12', '2027-01-01', '2027-05-05']);
    expect(text).toBe('2027-01-01\n2027-02-10 至 2027-02-12\n2027-05-05');
    expect(readScheduleLines(text).dates).toEqual(['2027-01-01', '2027-02-10', '2027-02-11', '2027-02-12', '2027-05-05']);
  });
});
