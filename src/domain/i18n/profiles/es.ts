/** Mensajes en español de los perfiles y la hoja de equipo. */
import type { Plural } from "../en";
import type { enProfiles } from "./en";

export const esProfiles: typeof enProfiles = {
  profiles: {
    title: "Perfiles",
    picker: "Perfil",
    add: "Añadir un perfil",
    name: "Nombre",
    url: "Dirección del perfil de LinkedIn (opcional)",
    totalTarget: "Objetivo del SSI total",
    save: "Guardar perfil",
    archive: "Archivar",
    restore: "Restaurar",
    remove: "Eliminar definitivamente…",
    removePrompt:
      "Escribe «{name}» para eliminar este perfil y borrar sus hojas. No se puede deshacer.",
    removeConfirm: "Eliminar",
    removed: "«{name}» eliminado; sus hojas se borraron.",
    saved: "Perfil «{name}» guardado.",
    added: "Perfil «{name}» añadido, con su panel de {year}.",
    archivedDone:
      "«{name}» archivado: sus hojas están ocultas y no figura en la hoja de equipo. No se borró nada.",
    restoredDone: "«{name}» restaurado: sus hojas vuelven a verse.",
    archivedTag: "archivado",
    unknown: "Este perfil ya no existe. Cierra y vuelve a abrir la barra lateral.",
    tooMany: "Una hoja de cálculo admite como mucho {max} perfiles. Archiva o elimina uno antes.",
    nameMissing: "Pon un nombre al perfil.",
    nameTooLong: "El nombre tiene {count} caracteres. Usa {max} o menos.",
    nameTaken: "Ya hay un perfil llamado «{name}».",
    badUrl:
      "«{value}» no es la dirección de un perfil de LinkedIn. Usa una como https://www.linkedin.com/in/tu-nombre, o déjala vacía.",
    lastActive: "Al menos un perfil debe seguir activo.",
    confirmRemoval: "Escribe el nombre del perfil, «{name}», tal como aparece, para eliminarlo.",
  },
  team: {
    sheetName: "Equipo {year}",
    title: "SSI del equipo {year}",
    subtitle:
      "Una fila por perfil activo, leída en vivo del panel de cada perfil: una cifra escrita allí cambia esta hoja al instante.",
    profile: "Perfil",
    latest: "Última lectura",
    target: "Objetivo",
    gap: "Brecha al objetivo",
    change: "Cambio en un mes",
    monthsOnTarget: "Meses en objetivo",
    rank: "Puesto",
    average: "Media del equipo",
    median: "Mediana del equipo",
    noDashboard: "Aún no hay panel de {year}: elige este perfil y créalo.",
    month: "Mes",
    chartSsi: "SSI por perfil, {year}",
    chartPillars: "Últimos pilares por perfil",
    built: {
      one: "La hoja de equipo {year} está lista (1 perfil).",
      other: "La hoja de equipo {year} está lista ({count} perfiles).",
    } as Plural,
    protection:
      "Calculado a partir de los paneles de los perfiles por el complemento Social Selling KPIs",
  },
};
