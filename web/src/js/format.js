// How figures are written on screen: modelled minutes as whole minutes (a modelled bus is not known to the tenth),
// people as whole numbers, local times as HH:MM.

export const minutes = (value) => (Number.isFinite(value) ? `${Math.round(value)} min` : '–');
export const wholeMinutes = (value) => (Number.isFinite(value) ? String(Math.round(value)) : '');
export const people = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : '–');
export const percent = (share) => (Number.isFinite(share) ? `${Math.round(share * 100)}%` : '–');
export const signed = (value, format) => {
  if (!Number.isFinite(value)) return '–';
  const text = format(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
};
/** "08:07" from a local ISO date-time such as 2025-09-02T08:07:00. */
export const clock = (iso) => (typeof iso === 'string' && iso.length >= 16 ? iso.slice(11, 16) : '–');
/** "Tue 2 Sep 2025" from 2025-09-02. */
export function day(isoDate) {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
export const csvCell = (value) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
