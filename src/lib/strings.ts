// Interface wording that is not story prose (the story's own text lives in data/story.json).
export const strings = {
  loading: 'Loading the story…',
  loadFailed: 'The story could not be loaded.',
  retry: 'Try again',
  showTable: 'Show the numbers',
  mapLoading: 'Loading the map…',
  mapFailed: 'The map could not be loaded.',
  figureFailed: 'This graphic could not be loaded. Its numbers are in the sources below.',
  graphicLabel: 'Graphic',
  reportedBy: 'Xinhua reported.',
  sourcesHeading: 'Sources and method',
  derivedHeading: 'Derived numbers',
  downloadHeading: 'Download the data',
  downloadCsv: 'Figures as CSV',
  downloadJson: 'Figures as JSON',
  kinds: { reported: 'reported', forecast: 'forecast', derived: 'derived' },
} as const;
