// The Alliance's documents in cs, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Diskuse o budoucnosti politiky soudržnosti právě odstartovala !', kilobytes: 702.44},
  'declaration-2020': {title: 'Prohlášení #CohesionAlliance na podporu soudržné, udržitelné a odolné Evropy', kilobytes: 605.21},
};
