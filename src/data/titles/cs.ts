// The Alliance's document titles in cs, as published on its page.
export default {
  'debate-2022': 'Diskuse o budoucnosti politiky soudržnosti právě odstartovala !',
  'declaration-2020': 'Prohlášení #CohesionAlliance na podporu soudržné, udržitelné a odolné Evropy',
};
