// The Alliance's document titles in fi, as published on its page.
export default {
  'debate-2022': 'Keskustelu koheesiopolitiikan tulevaisuudesta alkaa nyt!',
  'declaration-2020': '#CohesionAlliance-ryhmittymän julkilausuma yhteenkuuluvan, kestäväpohjaisen ja selviytymis- ja palautumiskykyisen Euroopan puolesta',
};
