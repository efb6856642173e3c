/** Mensajes en español de los perfiles y la hoja de equipo. */
import type { Plural } from "../plural";
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
    followers: "Seguidores ganados, último mes",
    impressions: "Impresiones de publicaciones, último mes",
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
  links: {
    copy: "Copiar",
    added:
      "«{name}» está vinculado a su propia hoja: la hoja de equipo lee su fila de ella, en directo.",
    summaryTitle: "Resumen para la hoja de equipo de un responsable",
    version: "Versión del resumen",
    source: "Hoja propia del vendedor (opcional)",
    sourceHelp:
      "Pega la dirección de la hoja de cálculo propia del vendedor con este complemento: la hoja de equipo lee su fila en directo desde ella y aquí no se guarda nada.",
    badSource:
      "«{value}» no es una dirección de Hojas de cálculo de Google. Pega la dirección de la hoja del vendedor (https://docs.google.com/spreadsheets/d/…) o su id, o déjala vacía.",
    ownSource: "Esa es la dirección de esta misma hoja de cálculo: pega la del vendedor.",
    sourceTaken: "«{name}» ya está vinculado a esa hoja de cálculo.",
    keptStays:
      "Un perfil guardado aquí sigue guardado aquí: añade un perfil nuevo para la hoja del vendedor y archiva este.",
    linkedStays:
      "Un perfil vinculado sigue vinculado: pega la dirección de la hoja de su vendedor o elimina el perfil.",
    tooManyLinked:
      "Una hoja de equipo vincula como máximo {max} hojas de cálculo. Vincula las demás desde una segunda hoja de equipo.",
    linkedTag: "vinculado",
    statusHeader: "Vínculo",
    sourceHeader: "Origen",
    sourceHere: "Esta hoja de cálculo",
    sourceLinked: "Su propia hoja de cálculo",
    linked: "Leído en directo de la hoja de {name}.",
    waiting:
      'Cargando, o esperando Permitir acceso: haz clic en la celda {cell}. Hojas de cálculo carga las cifras de otra hoja un momento después de abrirse; si esto sigue, al hacer clic en {cell} Hojas de cálculo dice «Tienes que conectar estas hojas» con un botón Permitir acceso; haz clic una vez. Si dice que no tienes permiso, pide a {name} que comparta su hoja contigo (Lector). Si no encuentra la hoja o su resumen, revisa la dirección y pide a {name} que cree su panel de {year} con el complemento. Si esa hoja de cálculo también vincula esta, ninguna termina nunca de cargar: quita uno de los dos vínculos. Si no aparece el botón, escribe =IMPORTRANGE("{address}";"A1") en una celda vacía, permite el acceso allí y bórrala.',
    oldVersion:
      "La hoja de {name} tiene la versión {found} del resumen; esta hoja lee la versión {version}. Pide a {name} que actualice el complemento y vuelva a crear su panel u hoja de equipo.",
    shareTitle: "Compartir con tu responsable",
    shareSteps:
      "1. Copia la dirección de esta hoja de cálculo: {url}\n2. Compártela con tu responsable como Lector (Compartir → su correo → Lector).\n3. Tu responsable te añade en Configuración → Perfiles con esta dirección como tu hoja propia.",
    shareShows:
      "La hoja de equipo de tu responsable lee entonces, en directo, el resumen de tu panel de {year}: tu SSI y sus cuatro pilares, tu objetivo y tu brecha, el cambio en un mes, los meses en objetivo, el KPI de la empresa y tus doce totales mensuales de SSI. Tu registro, tus notas y las demás celdas siguen siendo tuyos.",
    depth: "Profundidad (0 un vendedor, 1 un equipo, 2 un equipo de equipos)",
    team: "Es un equipo: leer la hoja de equipo de esa hoja de cálculo",
    teamHelp:
      "Márcalo para la hoja de cálculo de un responsable: esta fila muestra entonces los promedios de ese equipo, leídos en directo de su hoja de equipo.",
    teamNeedsSource:
      "Solo un perfil vinculado puede ser un equipo: pega la dirección de la hoja de cálculo del equipo o desmarca «un equipo».",
    teamTag: "equipo",
    teamSummaryTitle: "Resumen del equipo para la hoja de equipo de un director",
    linkedTeam:
      "Leído en directo de la hoja de equipo de la hoja de {name}: los promedios del equipo.",
    waitingTeam:
      'Cargando, o esperando Permitir acceso: haz clic en la celda {cell}. Hojas de cálculo carga las cifras de otra hoja un momento después de abrirse; si esto sigue, al hacer clic en {cell} Hojas de cálculo dice «Tienes que conectar estas hojas» con un botón Permitir acceso; haz clic una vez. Si dice que no tienes permiso, pide que compartan contigo la hoja del equipo (Lector). Si no encuentra la hoja o su resumen de equipo, revisa la dirección y pide que se cree su hoja de equipo de {year} con el complemento. Si esa hoja de cálculo también vincula esta, ninguna termina nunca de cargar: quita uno de los dos vínculos. Si no aparece el botón, escribe =IMPORTRANGE("{address}";"A1") en una celda vacía, permite el acceso allí y bórrala.',
    teamOfTeams:
      "La hoja de {name} vincula equipos a su vez. Una hoja de equipo lee vendedores y equipos de vendedores, dos niveles como máximo, porque cada nivel más de importaciones se actualiza más tarde: vincula aquí los equipos de esa hoja uno a uno.",
    shareTeamTitle: "Compartir este equipo con un director",
    shareTeamSteps:
      "La hoja de equipo de un director puede mostrar todo este equipo en una fila. Comparte esta hoja de cálculo con el director como Lector; la añade en Configuración → Perfiles con esta dirección y «Es un equipo» marcado. Lee el resumen de tu hoja de equipo de {year}: el SSI medio del equipo, los pilares, el objetivo, la brecha, el cambio, los meses en objetivo y el KPI, y su SSI medio mes a mes.",
  },
};
