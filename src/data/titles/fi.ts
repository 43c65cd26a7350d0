// The Alliance's documents in fi, as published on its page: each one's title, where the page gives one, and the
// size of its PDF in KB (1 KB = 1024 bytes).
export default {
  'debate-2022': {title: 'Keskustelu koheesiopolitiikan tulevaisuudesta alkaa nyt!', kilobytes: 690.19},
  'declaration-2020': {title: '#CohesionAlliance-ryhmittymän julkilausuma yhteenkuuluvan, kestäväpohjaisen ja selviytymis- ja palautumiskykyisen Euroopan puolesta', kilobytes: 403.58},
};
