/** The formats a report is rendered in (a module of its own: the CLI checks --format without loading the renderers). */
export const reportFormats = ['pdf', 'docx', 'html'] as const;
export type ReportFormat = (typeof reportFormats)[number];
