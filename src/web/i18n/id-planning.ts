/** Indonesian strings of the pegawai's planning pages (Perencanaan Kinerja), rubrics and notifications. */
export const idPlanning = {
  planning: {
    title: "Perencanaan Kinerja",
  },
};
